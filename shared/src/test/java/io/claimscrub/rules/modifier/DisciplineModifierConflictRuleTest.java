package io.claimscrub.rules.modifier;

import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static io.claimscrub.rules.ncci.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisciplineModifierConflictRuleTest {
    private final DisciplineModifierConflictRule rule = new DisciplineModifierConflictRule();

    @Test
    void twoDisciplineModifiersOnOneLine() {
        Finding f = single(claim(Discipline.PT, line(1, "97530", 2, "GP", "GO")));
        assertTrue(f.message().contains("GP and GO"), f.message());
        assertTrue(f.suggestion().startsWith("Keep GP (the PT plan of care)"), f.suggestion());
    }

    @Test
    void oneDisciplineModifierBilledTwiceIsReportedAsRepeatedNotAsTwoDisciplines() {
        Finding f = single(claim(Discipline.PT, line(1, "97530", 2, "GP", "KX", "GP")));
        assertEquals("Line 1 (97530): it has GP more than once, but a line carries its discipline modifier once."
                + " The payer rejects conflicting discipline modifiers (CO-4).", f.message());
        assertEquals("Send GP once.", f.suggestion());
        assertTrue(single(claim(Discipline.PT, line(1, "97530", 2, "GP", "GO", "GP"))).message()
                .contains("it has GP and GO, but"));
    }

    @Test
    void assistantModifierWithTheOtherDiscipline() {
        assertTrue(single(claim(null, line(1, "97110", 1, "GO", "CQ"))).message().contains("CQ"));
        assertTrue(single(claim(null, line(1, "97535", 1, "GP", "CO"))).message().contains("modifier CO"));
        assertTrue(single(claim(null, line(1, "97110", 1, "CQ"))).message().contains("needs GP"));
    }

    @Test
    void assistantModifiersWithTheirOwnDisciplineAreFine() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97110", 1, "GP", "CQ")), MEDICARE).isEmpty());
        assertTrue(run(rule, claim(Discipline.OT, line(1, "97535", 1, "GO", "CO")), MEDICARE).isEmpty());
    }

    @Test
    void lineDisciplineDifferentFromThePlanOfCare() {
        Finding f = single(claim(Discipline.PT, line(1, "97110", 1, "GP"), line(2, "97530", 2, "GO")));
        assertEquals(2, f.line());
        assertTrue(f.suggestion().startsWith("Change GO to GP"), f.suggestion());
        assertTrue(run(rule, claim(null, line(1, "97530", 2, "GO")), MEDICARE).isEmpty(), "no plan of care to contradict");
    }

    @Test
    void everyProblemOfALineInOneFinding() {
        Finding f = single(claim(Discipline.SLP, line(1, "92507", 1, "GO", "CQ")));
        assertTrue(f.message().contains("needs GP") && f.message().contains("plan of care is SLP"), f.message());
    }

    @Test
    void everyProblemOfALineInOneFindingWordForWord() {
        Finding one = single(claim(Discipline.PT, line(1, "97140", 1, "GO")));
        assertEquals("Line 1 (97140): it has GO (OT) but the plan of care is PT. The payer rejects conflicting"
                + " discipline modifiers (CO-4).", one.message());
        assertEquals("Change GO to GP, or bill the service under the OT plan of care.", one.suggestion());

        Finding two = single(claim(Discipline.SLP, line(2, "97110", 1, "GP", "CO")));
        assertEquals("Line 2 (97110): modifier CO (service by an occupational therapy assistant) needs GO; it has"
                + " GP (PT) but the plan of care is SLP. The payer rejects conflicting discipline modifiers (CO-4).",
                two.message());
        assertEquals("Use CO only together with GO (CQ goes with GP, CO with GO); change GP to GN, or bill the"
                + " service under the PT plan of care.", two.suggestion());

        Finding three = single(claim(null, line(3, "97530", 1, "GP", "GN", "CO")));
        assertEquals("Line 3 (97530): it has GP and GN, but a line is one discipline's service; modifier CO (service"
                + " by an occupational therapy assistant) needs GO. The payer rejects conflicting discipline"
                + " modifiers (CO-4).", three.message());
        assertEquals("Keep only the modifier of the discipline that furnished the service; use CO only together"
                + " with GO (CQ goes with GP, CO with GO).", three.suggestion());

        Finding kept = single(claim(Discipline.OT, line(4, "97530", 1, "GP", "GO")));
        assertEquals("Keep GO (the OT plan of care) and remove the other.", kept.suggestion());
    }

    private Finding single(Claim claim) {
        List<Finding> findings = run(rule, claim, MEDICARE);
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }
}
