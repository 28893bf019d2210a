package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.RiskLevel;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** What scrubbing one file produced, for the one-line summary on stderr. */
final class FileTally {
    private final Map<RiskLevel, Integer> byRisk = new EnumMap<>(RiskLevel.class);
    private final long startNanos = System.nanoTime();
    private int results;
    private int rejections;

    void add(ClaimResult result) {
        results++;
        if (result.rejected()) {
            rejections++;
        }
        byRisk.merge(result.riskLevel(), 1, Integer::sum);
    }

    int results() {
        return results;
    }

    /** {@code 25 results (23 scrubbed, 2 rejected); risk HIGH 3, MEDIUM 12, LOW 10; 1.2 MB in 0.4 s}. */
    String summary(long bytes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(Locale.ROOT, "%d results (%d scrubbed, %d rejected); risk HIGH %d, MEDIUM %d, LOW %d; %.1f MB in %.1f s",
                results, results - rejections, rejections, count(RiskLevel.HIGH), count(RiskLevel.MEDIUM),
                count(RiskLevel.LOW), bytes / 1e6, seconds);
    }

    private int count(RiskLevel level) {
        return byRisk.getOrDefault(level, 0);
    }
}
