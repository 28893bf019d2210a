package io.claimscrub.rules.payer;

import static io.claimscrub.rules.ncci.RuleFixtures.COMMERCIAL;
import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.charged;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.Severity;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Medicare's 2026 threshold is $2,480.00 (built-in profile). */
class KxThresholdRuleTest {
    private final KxThresholdRule rule = new KxThresholdRule();

    @Test
    void theLineThatCrossesTheThresholdAndLaterOnesNeedKx() {
        List<Finding> findings = run(rule, claim(Discipline.PT, new BigDecimal("2400.00"),
                charged(1, "97110", "60.00", "GP"), charged(2, "97530", "60.00", "GP"),
                charged(3, "97140", "55.00", "GP")), MEDICARE);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertNull(f.line());
        assertEquals("Therapy amount for 2026 reaches $2,575.00 ($2,400.00 year to date + $175.00 on this claim), "
                + "past the 2026 KX threshold of $2,480.00 (PT and SLP combined); lines 2, 3 lack KX.", f.message());
        assertTrue(f.suggestion().startsWith("Add KX to lines 2, 3 if the therapy is medically necessary"),
                f.suggestion());
    }

    @Test
    void silentWhenTheLinesPastTheThresholdCarryKx() {
        assertTrue(run(rule, claim(Discipline.PT, new BigDecimal("2400.00"), charged(1, "97110", "60.00", "GP"),
                charged(2, "97530", "60.00", "GP", "KX")), MEDICARE).isEmpty());
    }

    @Test
    void silentBelowTheThreshold() {
        assertTrue(run(rule, claim(Discipline.PT, new BigDecimal("2000.00"), charged(1, "97110", "60.00", "GP")),
                MEDICARE).isEmpty());
    }

    @Test
    void alreadyPastTheThresholdEveryTherapyLineNeedsKxButNotOtherCodes() {
        Finding f = run(rule, claim(Discipline.OT, new BigDecimal("2500.00"), charged(1, "97535", "70.00", "GO"),
                charged(2, "99213", "90.00")), MEDICARE).get(0);
        assertTrue(f.message().contains("(OT); line 1 lacks KX"), f.message());
    }

    @Test
    void silentWithoutAYearToDateAmountAThresholdForTheYearOrAThresholdAtAll() {
        assertTrue(run(rule, claim(Discipline.PT, (BigDecimal) null, charged(1, "97110", "5000.00", "GP")), MEDICARE).isEmpty());
        assertTrue(run(rule, claim(Discipline.PT, new BigDecimal("5000.00"), charged(1, "97110", "60.00", "GP")),
                COMMERCIAL).isEmpty());
        Claim claim = claim(Discipline.PT, new BigDecimal("5000.00"), line(LocalDate.of(2020, 6, 3), "60.00"));
        assertTrue(run(rule, claim, MEDICARE).isEmpty(), "the built-in Medicare profile starts at 2021");
    }

    @Test
    void anOlderDateOfServiceIsHeldToItsOwnYearsThreshold() {
        // 2024's $2,330: $2,300 + $60 passes it, though it would not pass 2026's $2,480
        Finding f = run(rule, claim(Discipline.PT, new BigDecimal("2300.00"), line(LocalDate.of(2024, 6, 3), "60.00")),
                MEDICARE).get(0);
        assertEquals("Therapy amount for 2024 reaches $2,360.00 ($2,300.00 year to date + $60.00 on this claim), "
                + "past the 2024 KX threshold of $2,330.00 (PT and SLP combined); line 1 lacks KX.", f.message());
    }

    private static ServiceLine line(LocalDate dateOfService, String charge) {
        return new ServiceLine(1, "97110", List.of("GP"), 1, null, new BigDecimal(charge), dateOfService, null);
    }
}
