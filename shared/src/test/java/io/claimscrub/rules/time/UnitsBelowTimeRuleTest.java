package io.claimscrub.rules.time;

import static io.claimscrub.units.TimedClaims.context;
import static io.claimscrub.units.TimedClaims.findings;
import static io.claimscrub.units.TimedClaims.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.finding.Severity;
import io.claimscrub.units.UnitMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsBelowTimeRuleTest {
    private final UnitsBelowTimeRule rule = new UnitsBelowTimeRule();

    @Test
    void cmsManualExample3WithoutTheManualTherapyUnitLeavesAUnitUnbilled() {
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97110", 2, 33), line(2, "97140", 0, 7)));
        assertEquals(List.of(RuleId.UNITS_BELOW_TIME.onLine(2, "97140",
                "Only 2 units of timed codes are billed on 2026-11-02 but 40 timed minutes support 3 under the CMS"
                        + " 8-minute rule; 97140 (7 minutes) is billed × 0 and could be billed × 1.",
                "Bill 97110 × 2, 97140 × 1 (40 timed minutes = 3 units under the CMS 8-minute rule)")), found);
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void amaCodeBilledBelowItsMinutes() {
        List<Finding> found = findings(rule, context(UnitMethod.AMA, line(1, "97530", 1, 38)));
        assertEquals(List.of(RuleId.UNITS_BELOW_TIME.onLine(1, "97530",
                "97530 is billed × 1 on 2026-11-02 but its 38 minutes support 3 units under the AMA/CPT rule of eights.",
                "Bill 97530 × 3 (38 minutes = 3 units under the AMA/CPT rule of eights)")), found);
    }

    @Test
    void nothingWhenTheUnitsMatchOrExceedOrMinutesAreUnknown() {
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97112", 2, 24), line(2, "97110", 1, 23))).isEmpty());
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97112", 3, 24), line(2, "97110", 2, 23))).isEmpty());
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97112", 1, 24), line(2, "97110", 1, null))).isEmpty());
    }

    @Test
    void cmsCodeBilledBelowItsOwnFullBlocksIsReportedEvenWhenAnotherLineHasNoMinutes() {
        // 38 minutes of 97110 are two full blocks: 2 units at least, whatever 97140's unknown minutes
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97110", 1, 38), line(2, "97140", 1, null)));
        assertEquals(List.of(RuleId.UNITS_BELOW_TIME.onLine(1, "97110",
                "97110 is billed × 1 on 2026-11-02 but its 38 minutes can earn at least 2 units under the CMS 8-minute"
                        + " rule, whatever the date's other timed services (the date as a whole cannot be checked:"
                        + " a timed line has no minutes).",
                "Bill 97110 × 2 at least, and record the minutes of every timed line so the date's units can be"
                        + " checked.")), found);
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97110", 2, 38), line(2, "97140", 1, null)))
                .isEmpty(), "2 units may be right once 97140's minutes are known");
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97110", 2, 44), line(2, "97140", 1, null)))
                .isEmpty(), "a third unit for 14 more minutes depends on 97140's minutes");
    }

    @Test
    void cmsCodeBilledBelowItsOwnFullBlocksBesideALineBilledInMinutes() {
        // 837 SV103 MJ: 97140 bills its 7 minutes, not units, so the date's total cannot be checked
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 1, 31), line(2, "97140", null, 7)));
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).line());
        assertTrue(found.get(0).message().endsWith("can earn at least 2 units under the CMS 8-minute rule, whatever the"
                + " date's other timed services (the date as a whole cannot be checked: a timed line is billed in"
                + " minutes)."), found.get(0).message());
        assertEquals("Bill 97112 × 2 at least.", found.get(0).suggestion());
    }
}
