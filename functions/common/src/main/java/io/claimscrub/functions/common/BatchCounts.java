package io.claimscrub.functions.common;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.RiskLevel;
import java.util.EnumMap;
import java.util.Map;

/** What one batch adds to its file's totals. Risk levels count scrubbed claims only. */
public final class BatchCounts {
    private int scrubbed;
    private int rejected;
    private final Map<RiskLevel, Integer> byRisk = new EnumMap<>(RiskLevel.class);

    public void add(ClaimResult result) {
        if (result.rejected()) {
            rejected++;
        } else {
            scrubbed++;
            byRisk.merge(result.riskLevel(), 1, Integer::sum);
        }
    }

    public int scrubbed() {
        return scrubbed;
    }

    public int rejected() {
        return rejected;
    }

    public int total() {
        return scrubbed + rejected;
    }

    public int risk(RiskLevel level) {
        return byRisk.getOrDefault(level, 0);
    }
}
