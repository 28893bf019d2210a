package io.claimscrub.engine;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.Severity;
import java.util.List;

/**
 * Turns findings into a 0–100 risk score and a level.
 *
 * <p>Each finding is read as an independent chance that the claim is denied or cut: ERROR 40%,
 * WARNING 15%, INFO 2%. The score is the chance that at least one of them happens,
 * {@code 100 × (1 − Π(1 − pᵢ))}, rounded. So one ERROR alone scores 40, two WARNINGs 28, an ERROR
 * and two WARNINGs 57; more findings approach but never pass 100. The level is HIGH from 40 (any
 * ERROR reaches it), MEDIUM from 15 (any WARNING reaches it), LOW below.
 */
public final class RiskScorer {
    static final double ERROR_WEIGHT = 0.40;
    static final double WARNING_WEIGHT = 0.15;
    static final double INFO_WEIGHT = 0.02;
    static final int HIGH_FROM = 40;
    static final int MEDIUM_FROM = 15;

    public int score(List<Finding> findings) {
        double clean = 1.0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            clean *= 1.0 - weight(f.severity());
        }
        return (int) Math.round(100.0 * (1.0 - clean));
    }

    public RiskLevel level(int score) {
        if (score >= HIGH_FROM) {
            return RiskLevel.HIGH;
        }
        return score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    private static double weight(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_WEIGHT;
            case WARNING -> WARNING_WEIGHT;
            case INFO -> INFO_WEIGHT;
        };
    }
}
