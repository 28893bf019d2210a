package io.claimscrub.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a scrub on stderr, at most one line a second, so a long file shows it is moving
 * without the report itself costing time (checking the clock is all a claim pays).
 */
final class Progress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private long nextReport;

    Progress(PrintStream err, boolean enabled) {
        this(err, enabled, System::nanoTime);
    }

    Progress(PrintStream err, boolean enabled, LongSupplier nanoClock) {
        this.err = err;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
    }

    /** A new file: its first report comes a second from now. */
    void start() {
        nextReport = nanoClock.getAsLong() + INTERVAL_NANOS;
    }

    /** Reports if a second has passed since the last report; {@code size} is -1 when unknown. */
    void tick(String file, long bytes, long size, int results) {
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (now < nextReport) {
            return;
        }
        nextReport = now + INTERVAL_NANOS;
        String done = size > 0
                ? String.format(Locale.ROOT, "%.1f of %.1f MB (%d%%)", bytes / 1e6, size / 1e6, bytes * 100 / size)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        err.println("claimscrub: scrub: " + file + ": " + done + ", " + results + " results");
    }
}
