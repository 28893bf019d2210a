package io.claimscrub.rules.ncci;

import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static io.claimscrub.rules.ncci.RuleFixtures.lines;
import static io.claimscrub.rules.ncci.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Discipline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real CMS 2024 Q2 pairs: 97161/97164 and 97750/97150 (indicator 0, in force); 97530/97161 (deleted 2020). */
class NcciPtpNotBypassableRuleTest {
    private final NcciPtpNotBypassableRule rule = new NcciPtpNotBypassableRule();

    @Test
    void firesOnTheColumn2LineEvenWithADistinctServiceModifier() {
        List<Finding> findings = run(rule, claim(Discipline.PT,
                line(1, "97161", 1, "GP"), line(2, "97164", 1, "GP", "XU")), MEDICARE);
        assertEquals(List.of(2), lines(findings));
        Finding f = findings.get(0);
        assertEquals("97", f.carc());
        assertTrue(f.message().contains("97161 (line 1)") && f.message().contains("modifier indicator 0"), f.message());
        assertTrue(f.suggestion().contains("Remove line 2 (97164)"), f.suggestion());
    }

    @Test
    void theColumn2CodeMayComeFirstOnTheClaim() {
        assertEquals(List.of(1), lines(run(rule, claim(Discipline.PT,
                line(1, "97150", 1, "GP"), line(2, "97750", 1, "GP")), MEDICARE)));
    }

    @Test
    void deletedAndIndicator1PairsDoNotFire() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97530", 1, "GP"), line(2, "97161", 1, "GP")),
                MEDICARE).isEmpty());
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97150", 1, "GP"), line(2, "97530", 1, "GP")),
                MEDICARE).isEmpty());
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97161", 1, LocalDate.of(2026, 1, 5), "GP"),
                line(2, "97164", 1, LocalDate.of(2026, 2, 5), "GP")), MEDICARE).isEmpty());
    }
}
