package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private long now;

    @Test
    void reportsAtMostOnceASecond() {
        Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, () -> now);
        progress.start();
        now += 999_000_000L;
        progress.tick("big.837", 1_000_000, 4_000_000, 10);
        now += 1_000_000L;
        progress.tick("big.837", 2_000_000, 4_000_000, 20);
        now += 500_000_000L;
        progress.tick("big.837", 3_000_000, 4_000_000, 30);
        now += 500_000_000L;
        progress.tick("-", 3_500_000, -1, 35);
        assertEquals(List.of("claimscrub: scrub: big.837: 2.0 of 4.0 MB (50%), 20 results",
                "claimscrub: scrub: -: 3.5 MB, 35 results"), lines());
    }

    @Test
    void saysNothingWhenOff() {
        Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), false, () -> now);
        progress.start();
        now += 5_000_000_000L;
        progress.tick("big.837", 1, 2, 1);
        assertEquals(List.of(), lines());
    }

    private List<String> lines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
