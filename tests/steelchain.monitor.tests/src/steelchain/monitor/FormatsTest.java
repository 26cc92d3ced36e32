package steelchain.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void sizes() {
        assertEquals("0 B", Formats.bytes(0));
        assertEquals("1023 B", Formats.bytes(1023));
        assertEquals("1.5 KB", Formats.bytes(1536));
        assertEquals("12.0 MB", Formats.bytes(12L * 1024 * 1024));
        assertEquals("2.0 TB", Formats.bytes(2L * 1024 * 1024 * 1024 * 1024));
    }

    @Test
    void durations() {
        assertEquals("0.42 s", Formats.duration(Duration.ofMillis(420)));
        assertEquals("12.3 s", Formats.duration(Duration.ofMillis(12_300)));
        assertEquals("4 min 05 s", Formats.duration(Duration.ofSeconds(245)));
        assertEquals("2 h 03 min", Formats.duration(Duration.ofMinutes(123)));
    }
}
