package io.claimscrub.rules.time;

import static io.claimscrub.units.TimedClaims.context;
import static io.claimscrub.units.TimedClaims.findings;
import static io.claimscrub.units.TimedClaims.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.units.UnitMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsExceedTimeRuleTest {
    private final UnitsExceedTimeRule rule = new UnitsExceedTimeRule();

    @Test
    void cmsSpecExampleIsReportedOnTheLineThatMustComeDown() {
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "97110", 2, 23)));
        assertEquals(List.of(RuleId.UNITS_EXCEED_TIME.onLine(2, "97110",
                "4 units of timed codes are billed on 2026-11-02 but 47 timed minutes allow only 3 under the CMS"
                        + " 8-minute rule; 97110 (23 minutes) is billed × 2 where × 1 is due.",
                "Bill 97112 × 2, 97110 × 1 (47 timed minutes = 3 units under the CMS 8-minute rule)")), found);
        assertEquals("151", found.get(0).carc());
    }

    @Test
    void cmsCodeBilledAboveAnySplitIsReportedEvenWhenAnotherLineHasNoMinutes() {
        // 20 minutes of 97110 earn at most 2 units, whatever 97140's unknown minutes
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97110", 3, 20), line(2, "97140", 1, null)));
        assertEquals(List.of(RuleId.UNITS_EXCEED_TIME.onLine(1, "97110",
                "97110 is billed × 3 on 2026-11-02 but its 20 minutes can earn at most 2 units under the CMS 8-minute"
                        + " rule, whatever the date's other timed services (the date as a whole cannot be checked:"
                        + " a timed line has no minutes).",
                "Bill 97110 × 2 at most, and record the minutes of every timed line so the date's units can be"
                        + " checked.")), found);
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97110", 2, 20), line(2, "97140", 1, null)))
                .isEmpty(), "2 units may be right once 97140's minutes are known");
    }

    @Test
    void cmsCodeBilledAboveAnySplitBesideALineBilledInMinutes() {
        // 837 SV103 MJ: 97140 bills its 7 minutes, not units, so the date's total cannot be checked
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "97110", 3, 23), line(3, "97140", null, 7)));
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).line());
        assertTrue(found.get(0).message().endsWith("can earn at most 2 units under the CMS 8-minute rule, whatever the"
                + " date's other timed services (the date as a whole cannot be checked: a timed line is billed in"
                + " minutes)."), found.get(0).message());
        assertEquals("Bill 97110 × 2 at most.", found.get(0).suggestion());
    }

    @Test
    void cmsManualExample1BilledCorrectlyIsClean() {
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97112", 2, 24), line(2, "97110", 1, 23))).isEmpty());
    }

    @Test
    void cmsExcessOnTiedCodesKeepsTheTieTheBillerChoseAndSaysEitherMayTakeIt() {
        // Manual example 2 (20 + 20 minutes), billed 2 + 2: one unit too many; either may keep 2.
        List<Finding> found = findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 2, 20), line(2, "97110", 2, 20)));
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).line());
        assertEquals("Bill 97112 × 2, 97110 × 1 (40 timed minutes = 3 units under the CMS 8-minute rule;"
                + " 97112 and 97110 have equal remaining minutes, so either may take the tied unit)",
                found.get(0).suggestion());
    }

    @Test
    void cmsCodesThatShouldGetNoUnitAreToldToBeDropped() {
        // Manual example 4 billed a unit on every code: 97035 must go.
        List<Finding> found = findings(rule, context(UnitMethod.CMS, line(1, "97110", 1, 18),
                line(2, "97140", 1, 13), line(3, "97116", 1, 10), line(4, "97035", 1, 8)));
        assertEquals(1, found.size());
        assertEquals(4, found.get(0).line());
        assertEquals("97035", found.get(0).code());
        assertEquals("Bill 97110 × 1, 97140 × 1, 97116 × 1 and drop 97035 (49 timed minutes = 3 units under"
                + " the CMS 8-minute rule)", found.get(0).suggestion());
    }

    @Test
    void cmsSevenMinutesAloneAreNotBillable() {
        List<Finding> found = findings(rule, context(UnitMethod.CMS, line(1, "97140", 1, 7)));
        assertEquals(List.of(RuleId.UNITS_EXCEED_TIME.onLine(1, "97140",
                "1 unit of timed codes is billed on 2026-11-02 but 7 timed minutes allow only 0 under the CMS"
                        + " 8-minute rule; 97140 (7 minutes) is billed × 1 where × 0 is due.",
                "Drop 97140 (7 timed minutes = 0 units under the CMS 8-minute rule)")), found);
    }

    @Test
    void amaJudgesEachCodeOnItsOwnMinutes() {
        // Under AMA 24 + 23 minutes support 2 + 2: the claim CMS flags is fine.
        assertTrue(findings(rule, context(UnitMethod.AMA, line(1, "97112", 2, 24), line(2, "97110", 2, 23))).isEmpty());

        List<Finding> found = findings(rule, context(UnitMethod.AMA,
                line(1, "97112", 2, 24), line(2, "97110", 3, 30)));
        assertEquals(List.of(RuleId.UNITS_EXCEED_TIME.onLine(2, "97110",
                "97110 is billed × 3 on 2026-11-02 but its 30 minutes allow only 2 units under the AMA/CPT rule"
                        + " of eights.",
                "Bill 97110 × 2 (30 minutes = 2 units under the AMA/CPT rule of eights)")), found);
    }

    @Test
    void untimedUnitsAreNotTimedUnits() {
        assertTrue(findings(rule, context(UnitMethod.CMS, line(1, "97161", 1, 5), line(2, "97110", 2, 30))).isEmpty());
    }

    @Test
    void noVerdictOnTheDateWithoutMinutesOrWhenMinutesAreBilled() {
        // 4 units in all for 24 known minutes could be right once the other line's minutes count
        assertTrue(findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "97110", 2, null))).isEmpty());
        assertTrue(findings(rule, context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "97110", null, 20))).isEmpty());
        // AMA: the code with minutes is still judged.
        List<Finding> ama = findings(rule, context(UnitMethod.AMA, line(1, "97112", 4, 24), line(2, "97110", 2, null)));
        assertEquals(1, ama.size());
        assertEquals(1, ama.get(0).line());
    }
}
