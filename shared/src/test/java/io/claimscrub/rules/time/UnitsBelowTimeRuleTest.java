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
}
