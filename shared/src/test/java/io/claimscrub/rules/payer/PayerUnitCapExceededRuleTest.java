package io.claimscrub.rules.payer;

import static io.claimscrub.rules.ncci.RuleFixtures.DOS;
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
import io.claimscrub.units.UnitMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayerUnitCapExceededRuleTest {
    private static final PayerProfile ACME =
            new PayerProfile("acme-commercial", UnitMethod.AMA, true, false, Map.of("97530", 2), Map.of());
    private final PayerUnitCapExceededRule rule = new PayerUnitCapExceededRule();

    @Test
    void unitsOfADateAboveTheCap() {
        List<Finding> findings = run(rule, claim(Discipline.PT, line(1, "97530", 1, "GP"), line(2, "97110", 4, "GP"),
                line(3, "97530", 2, "GP")), ACME);
        assertEquals(List.of(1), lines(findings));
        Finding f = findings.get(0);
        assertEquals("119", f.carc());
        assertTrue(f.message().startsWith("3 units of 97530 on lines 1, 3") && f.message().contains("cap of 2"),
                f.message());
        assertTrue(f.suggestion().startsWith("Bill at most 2 units of 97530"), f.suggestion());
    }

    @Test
    void aCapOf1ReadsAsOneUnit() {
        PayerProfile oneUnit = new PayerProfile("one-unit", UnitMethod.AMA, true, false, Map.of("97530", 1), Map.of());
        Finding f = run(rule, claim(Discipline.PT, line(1, "97530", 2, "GP")), oneUnit).get(0);
        assertTrue(f.message().contains("cap of 1 unit per date"), f.message());
        assertTrue(f.suggestion().startsWith("Bill at most 1 unit of 97530"), f.suggestion());
    }

    @Test
    void atTheCapOnSeparateDatesOrWithoutACapIsFine() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97530", 2, "GP")), ACME).isEmpty());
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97530", 2, "GP"),
                line(2, "97530", 2, DOS.plusDays(1), "GP")), ACME).isEmpty());
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97530", 5, "GP")), MEDICARE).isEmpty());
    }
}
