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

    private Finding single(Claim claim) {
        List<Finding> findings = run(rule, claim, MEDICARE);
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }
}
