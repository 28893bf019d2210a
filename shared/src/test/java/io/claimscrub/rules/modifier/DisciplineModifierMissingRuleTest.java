package io.claimscrub.rules.modifier;

import static io.claimscrub.rules.ncci.RuleFixtures.COMMERCIAL;
import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static io.claimscrub.rules.ncci.RuleFixtures.lines;
import static io.claimscrub.rules.ncci.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Discipline;
import io.claimscrub.payer.PayerProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisciplineModifierMissingRuleTest {
    private final DisciplineModifierMissingRule rule = new DisciplineModifierMissingRule();

    @Test
    void therapyLineWithoutGpGoOrGnNamesThePlanOfCaresModifier() {
        List<Finding> findings = run(rule, claim(Discipline.OT, line(1, "97530", 2, "59"), line(2, "97535", 1, "GO")),
                MEDICARE);
        assertEquals(List.of(1), lines(findings));
        assertEquals("4", findings.get(0).carc());
        assertEquals("Add GO to line 1 (OT plan of care).", findings.get(0).suggestion());
    }

    @Test
    void unknownDisciplineSuggestsAllThree() {
        Finding f = run(rule, claim(null, line(1, "92507", 1)), COMMERCIAL).get(0);
        assertTrue(f.suggestion().contains("GP (physical therapy), GO (occupational therapy) or GN"), f.suggestion());
    }

    @Test
    void nonTherapyCodesAndPayersThatDoNotRequireItAreFine() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "99213", 1)), MEDICARE).isEmpty());
        PayerProfile lenient = new PayerProfile("lenient", COMMERCIAL.unitMethod(), false, false, null, null);
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97530", 2)), lenient).isEmpty());
    }

    @Test
    void theWrongDisciplineModifierIsNotMissing() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97530", 2, "GO")), MEDICARE).isEmpty());
    }
}
