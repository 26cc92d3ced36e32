package steelchain.monitor.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import steelchain.core.event.JobRun;

/**
 * Job runs kept in a tab-separated file in the data folder, shared by the desktop client and
 * batch runs (each appends under a file lock). The file keeps the latest {@value #KEEP} runs.
 */
final class JobRunStore {

    static final int KEEP = 500;

    private final Path file;

    JobRunStore(Path file) {
        this.file = file;
    }

    void append(JobRun run) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            List<String> lines = readAll(channel);
            lines.add(format(run));
            if (lines.size() > 2 * KEEP) {
                lines = new ArrayList<>(lines.subList(lines.size() - KEEP, lines.size()));
            }
            byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(bytes), 0);
        }
    }

    /** The latest {@code count} runs, newest first. Lines that cannot be read are skipped. */
    List<JobRun> latest(int count) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<JobRun> runs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JobRun run = parse(line);
            if (run != null) {
                runs.add(run);
            }
        }
        Collections.reverse(runs);
        return runs.subList(0, Math.min(count, runs.size()));
    }

    private static List<String> readAll(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        channel.read(buffer, 0);
        String text = new String(buffer.array(), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String format(JobRun run) {
        return String.join("\t", Long.toString(run.started().toEpochMilli()), clean(run.job()), clean(run.origin()),
                Long.toString(run.duration().toMillis()), run.outcome().name(), clean(run.message()));
    }

    private static JobRun parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 6) {
            return null;
        }
        try {
            return new JobRun(fields[1], fields[2], Instant.ofEpochMilli(Long.parseLong(fields[0])),
                    Duration.ofMillis(Long.parseLong(fields[3])), JobRun.Outcome.valueOf(fields[4]), fields[5]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Tabs and line breaks would break the one-run-per-line format. */
    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
