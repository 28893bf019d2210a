package io.claimscrub.rules.time;

import static io.claimscrub.rules.ncci.RuleFixtures.COMMERCIAL;
import static io.claimscrub.rules.ncci.RuleFixtures.DOS;
import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static io.claimscrub.rules.ncci.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.Severity;
import io.claimscrub.model.Discipline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** G0283 (unattended electrical stimulation) and 92507 (SLP treatment) have no MUE in the shipped subset. */
class UntimedUnitsExceededRuleTest {
    private final UntimedUnitsExceededRule rule = new UntimedUnitsExceededRule();

    @Test
    void twoUnitsOfAnUntimedCodeOnOneDate() {
        List<Finding> findings = run(rule, claim(Discipline.PT, line(1, "97110", 2, "GP"), line(2, "G0283", 2, "GP")),
                MEDICARE);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(2, f.line());
        assertEquals("2 units of G0283 on line 2 on 2026-11-02, but G0283 is an untimed code: one unit per date of"
                + " service whatever its minutes; the units above it are denied (CO-151).", f.message());
        assertEquals("Bill 1 unit of G0283 for this date; if it was truly furnished in separate sessions, the note"
                + " must show each one.", f.suggestion());
    }

    @Test
    void theCodesLinesOfADateAddUpUnderEveryPayerMethod() {
        Finding f = run(rule, claim(Discipline.SLP, line(1, "92507", 1, "GN"), line(3, "92507", 1, "GN")),
                COMMERCIAL).get(0);
        assertEquals(1, f.line());
        assertTrue(f.message().startsWith("2 units of 92507 on lines 1, 3 on 2026-11-02"), f.message());
    }

    @Test
    void oneUnitADateTimedCodesUnknownCodesAndCodesWithAnMueAreNotThisRule() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "G0283", 1, "GP"), line(2, "G0283", 1, DOS.plusDays(1), "GP"),
                line(3, "97110", 4, "GP"), line(4, "99213", 2)), MEDICARE).isEmpty());
        // 97161's MUE of 1 already speaks for it (MUE_EXCEEDED)
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97161", 2, "GP")), MEDICARE).isEmpty());
    }
}
