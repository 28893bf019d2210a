package io.claimscrub.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskScorerTest {
    private final RiskScorer scorer = new RiskScorer();

    private static Finding of(RuleId id) {
        return id.onClaim("m", null);
    }

    @Test
    void noFindingsIsZeroAndLow() {
        assertEquals(0, scorer.score(List.of()));
        assertEquals(RiskLevel.LOW, scorer.level(0));
    }

    @Test
    void oneErrorIsFortyAndHigh() {
        int score = scorer.score(List.of(of(RuleId.UNITS_EXCEED_TIME)));
        assertEquals(40, score);
        assertEquals(RiskLevel.HIGH, scorer.level(score));
    }

    @Test
    void oneWarningIsMediumAndOneInfoStaysLow() {
        int warning = scorer.score(List.of(of(RuleId.MODIFIER_59_UNSUPPORTED)));
        assertEquals(15, warning);
        assertEquals(RiskLevel.MEDIUM, scorer.level(warning));
        int info = scorer.score(List.of(of(RuleId.MINUTES_MISSING)));
        assertEquals(2, info);
        assertEquals(RiskLevel.LOW, scorer.level(info));
    }

    @Test
    void findingsCombineAsIndependentChances() {
        // 1 - 0.6 * 0.85 * 0.85 = 0.5665
        int score = scorer.score(List.of(of(RuleId.UNITS_EXCEED_TIME), of(RuleId.DOC_TIME_MISSING),
                of(RuleId.DOC_GOAL_LINK_MISSING)));
        assertEquals(57, score);
    }

    @Test
    void manyErrorsApproachButNeverPassOneHundred() {
        List<Finding> many = java.util.Collections.nCopies(30, of(RuleId.X12_SYNTAX));
        assertEquals(100, scorer.score(many));
        assertEquals(99, scorer.score(java.util.Collections.nCopies(9, of(RuleId.X12_SYNTAX))));
    }
}
