package io.claimscrub.functions.common;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter (a random wait between zero and {@code base × 2^attempt},
 * capped): retries of many concurrent writers spread out instead of colliding again.
 */
public final class Backoff {
    /** Waits; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final Sleeper sleeper;

    public Backoff(Duration base, Duration cap, int maxAttempts, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.sleeper = sleeper;
    }

    /** 50 ms doubling up to 5 s, 10 attempts: about 20 s at worst, well inside a Lambda's time. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(50), Duration.ofSeconds(5), 10, d -> Thread.sleep(d.toMillis()));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The longest wait after the given failed attempt (0-based). */
    public Duration ceiling(int attempt) {
        long millis = base.toMillis() << Math.min(attempt, 30);
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }

    /** Sleeps a random time up to {@link #ceiling(int)}. */
    public void pause(int attempt) {
        long ceiling = ceiling(attempt).toMillis();
        try {
            sleeper.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
