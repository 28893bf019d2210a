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

class UnitsDistributionRuleTest {
    private final UnitsDistributionRule rule = new UnitsDistributionRule();

    @Test
    void manualExample1WithTheUnitsSwappedIsReportedOnBothCodes() {
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 1, 24), line(2, "97110", 2, 23)));
        String suggestion = "Bill 97112 × 2, 97110 × 1 (47 timed minutes = 3 units under the CMS 8-minute rule)";
        assertEquals(List.of(
                RuleId.UNITS_DISTRIBUTION.onLine(1, "97112", "The 3 units of timed codes billed on 2026-11-02 match"
                        + " the 47 timed minutes, but 97112 (24 minutes) is billed × 1 where the CMS 8-minute rule gives"
                        + " it × 2: each code gets its full 15-minute blocks first, then the remaining units go to the"
                        + " codes with the most minutes left over.", suggestion),
                RuleId.UNITS_DISTRIBUTION.onLine(2, "97110", "The 3 units of timed codes billed on 2026-11-02 match"
                        + " the 47 timed minutes, but 97110 (23 minutes) is billed × 2 where the CMS 8-minute rule gives"
                        + " it × 1: each code gets its full 15-minute blocks first, then the remaining units go to the"
                        + " codes with the most minutes left over.", suggestion)), found);
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void manualExample2EitherTieBreakIsAccepted() {
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97112", 2, 20), line(2, "97110", 1, 20))).isEmpty());
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97112", 1, 20), line(2, "97110", 2, 20))).isEmpty());
    }

    @Test
    void manualExample2AllUnitsOnOneCodeIsWrong() {
        // Both codes were done 15+ minutes: each keeps at least one unit.
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 3, 20), line(2, "97110", 0, 20)));
        assertEquals(List.of(1, 2), found.stream().map(Finding::line).toList());
        assertEquals("Bill 97112 × 2, 97110 × 1 (40 timed minutes = 3 units under the CMS 8-minute rule; 97112 and"
                + " 97110 have equal remaining minutes, so either may take the tied unit)", found.get(0).suggestion());
    }

    @Test
    void manualExample3TheSevenMinutesTakeTheThirdUnit() {
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97110", 3, 33), line(2, "97140", 0, 7)));
        assertEquals(List.of(1, 2), found.stream().map(Finding::line).toList());
        assertEquals("Bill 97110 × 2, 97140 × 1 (40 timed minutes = 3 units under the CMS 8-minute rule)",
                found.get(1).suggestion());
    }

    @Test
    void manualExample5AnyOneOfThreeTiedCodesMayCarryTheUnit() {
        assertTrue(findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 0, 7), line(2, "97110", 0, 7), line(3, "97140", 1, 7))).isEmpty());
    }

    @Test
    void onlyWhenTheTotalIsRightAndOnlyUnderCms() {
        // Total too high: that is UNITS_EXCEED_TIME's finding, not this one.
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97112", 1, 24), line(2, "97110", 3, 23))).isEmpty());
        assertTrue(findings(rule, context(UnitMethod.AMA, line(1, "97112", 1, 24), line(2, "97110", 2, 23))).isEmpty());
    }
}
