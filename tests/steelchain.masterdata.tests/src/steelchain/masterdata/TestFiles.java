package steelchain.masterdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test input files: lines joined with a line feed, in the encoding asked for. */
public final class TestFiles {

    public static final Charset GBK = Charset.forName("GBK");

    private TestFiles() {
    }

    public static Path utf8(Path folder, String name, String... lines) {
        return write(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    public static Path gbk(Path folder, String name, String... lines) {
        return write(folder.resolve(name), String.join("\n", lines) + "\n", GBK);
    }

    public static Path write(Path file, String text, Charset charset) {
        try {
            return Files.write(file, text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file, Charset charset) {
        try {
            return new String(Files.readAllBytes(file), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
