package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnprocessedRetryTest {
    private final List<Duration> waits = new ArrayList<>();
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 5, waits::add);

    @Test
    void resendsOnlyWhatWasLeftUntilNothingIsLeft() {
        List<List<String>> sent = new ArrayList<>();
        UnprocessedRetry.run(Map.of("t", List.of("a", "b", "c")), pending -> {
            List<String> items = pending.get("t");
            sent.add(items);
            // The service processes the first item of each call and hands the rest back.
            return items.size() == 1 ? Map.of() : Map.of("t", items.subList(1, items.size()));
        }, backoff);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("b", "c"), List.of("c")), sent);
        assertEquals(2, waits.size(), "a wait between tries, none after success");
    }

    @Test
    void givesUpAfterTheLastAttemptSayingHowManyAreLeft() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> UnprocessedRetry.run(Map.of("t", List.of("a", "b")), pending -> pending, backoff));
        assertTrue(e.getMessage().startsWith("2 items"));
        assertEquals(4, waits.size(), "5 attempts, 4 waits");
    }

    @Test
    void waitsAreJitteredBelowAnExponentialCeilingThatIsCapped() {
        assertEquals(Duration.ofMillis(100), backoff.ceiling(0));
        assertEquals(Duration.ofMillis(800), backoff.ceiling(3));
        assertEquals(Duration.ofMillis(1000), backoff.ceiling(4));
        assertEquals(Duration.ofMillis(1000), backoff.ceiling(60), "no overflow on a long run");
        for (int i = 0; i < 50; i++) {
            backoff.pause(2);
        }
        assertTrue(waits.stream().allMatch(w -> !w.isNegative() && w.toMillis() <= 400));
        assertTrue(waits.stream().distinct().count() > 1, "jitter: not the same wait every time");
    }
}
