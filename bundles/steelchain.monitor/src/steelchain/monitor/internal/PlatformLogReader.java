package steelchain.monitor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import steelchain.monitor.HealthReport.LogError;

/**
 * Reads error entries from an Eclipse platform log ({@code .metadata/.log}), the file that
 * both the desktop client and batch runs write to. An entry starts with
 * {@code !ENTRY <bundle> <severity> <code> <yyyy-MM-dd HH:mm:ss.SSS>}; severity 4 is an error.
 */
final class PlatformLogReader {

    private static final int SEVERITY_ERROR = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private PlatformLogReader() {
    }

    /** The latest {@code count} errors in the log, newest first; none when there is no log. */
    static List<LogError> latestErrors(Path log, int count, ZoneId zone) throws IOException {
        if (count <= 0 || !Files.isRegularFile(log)) {
            return List.of();
        }
        Deque<LogError> latest = new ArrayDeque<>(count);
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            EntryBuilder entry = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("!ENTRY ") || line.startsWith("!SESSION")) {
                    keep(entry, latest, count);
                    entry = line.startsWith("!ENTRY ") ? EntryBuilder.parse(line, zone) : null;
                } else if (entry != null) {
                    entry.add(line);
                }
            }
            keep(entry, latest, count);
        }
        List<LogError> newestFirst = new ArrayList<>(latest);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static void keep(EntryBuilder entry, Deque<LogError> latest, int count) {
        if (entry == null || entry.severity != SEVERITY_ERROR) {
            return;
        }
        if (latest.size() == count) {
            latest.removeFirst();
        }
        latest.addLast(entry.build());
    }

    /** The lines of one log entry, collected until the next entry starts. */
    private static final class EntryBuilder {
        private final String bundle;
        private final int severity;
        private final Instant time;
        private final StringBuilder message = new StringBuilder();
        private String exception = "";
        private boolean inMessage;
        private boolean inStack;

        private EntryBuilder(String bundle, int severity, Instant time) {
            this.bundle = bundle;
            this.severity = severity;
            this.time = time;
        }

        /** {@code !ENTRY bundle severity code date time}; null when the line is malformed. */
        static EntryBuilder parse(String line, ZoneId zone) {
            String[] parts = line.split(" ", 5);
            if (parts.length < 5) {
                return null;
            }
            try {
                Instant time = LocalDateTime.parse(parts[4].trim(), TIME).atZone(zone).toInstant();
                return new EntryBuilder(parts[1], Integer.parseInt(parts[2]), time);
            } catch (NumberFormatException | DateTimeParseException e) {
                return null;
            }
        }

        void add(String line) {
            if (line.startsWith("!MESSAGE ")) {
                // Messages of sub-entries (the details of a multi-status) follow the entry's own.
                message.append(message.isEmpty() ? "" : "; ").append(line.substring("!MESSAGE ".length()));
                inMessage = true;
                inStack = false;
            } else if (line.startsWith("!STACK")) {
                inMessage = false;
                inStack = true;
            } else if (line.startsWith("!")) {
                inMessage = false;
                inStack = false;
            } else if (inStack && exception.isEmpty() && !line.isBlank()) {
                exception = line.trim();
            } else if (inMessage && !line.isBlank()) {
                message.append(' ').append(line.trim());
            }
        }

        LogError build() {
            return new LogError(time, bundle, message.toString(), exception);
        }
    }
}
