package io.claimscrub.units;

import static io.claimscrub.units.TimedClaims.DOS;
import static io.claimscrub.units.TimedClaims.context;
import static io.claimscrub.units.TimedClaims.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.json.ClaimJson;
import io.claimscrub.rules.ClaimContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsAnalysisTest {
    @Test
    void specExampleUnderCms() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "97110", 2, 23)));
        assertEquals(new UnitsSummary(UnitMethod.CMS, 47, 3, 4, List.of(
                new LineUnits(1, "97112", 24, 2, 2, true),
                new LineUnits(2, "97110", 23, 2, 1, true))), units);
    }

    @Test
    void serialisesWithTheResponseFieldNamesInOrder() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "99213", 1, null)));
        assertEquals("{\"method\":\"CMS\",\"totalTimedMinutes\":24,\"allowedUnits\":2,\"billedUnits\":2,\"lines\":["
                + "{\"line\":1,\"code\":\"97112\",\"minutes\":24,\"billedUnits\":2,\"expectedUnits\":2,\"timed\":true},"
                + "{\"line\":2,\"code\":\"99213\",\"billedUnits\":1,\"timed\":false}]}", ClaimJson.write(units));
    }

    @Test
    void isComputedOncePerClaim() {
        ClaimContext ctx = context(UnitMethod.CMS, line(1, "97110", 2, 30));
        assertSame(UnitsAnalysis.of(ctx), UnitsAnalysis.of(ctx));
        assertSame(UnitsAnalysis.byDate(ctx), UnitsAnalysis.byDate(ctx));
    }

    @Test
    void untimedCodesAreOneUnitAndOtherCodesAreNotJudged() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97161", 1, 45), line(2, "97110", 2, 30), line(3, "99213", 1, 20)));
        assertEquals(30, units.totalTimedMinutes(), "evaluation minutes stay out of the timed total");
        assertEquals(2, units.allowedUnits());
        assertEquals(2, units.billedUnits(), "billed timed units only");
        assertEquals(new LineUnits(1, "97161", 45, 1, 1, false), units.lines().get(0));
        assertEquals(new LineUnits(3, "99213", 20, 1, null, false), units.lines().get(2));
    }

    @Test
    void cmsTiesAreReportedAsBilledWhenTheBilledSplitIsAcceptable() {
        UnitsSummary asBilled = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97112", 1, 20), line(2, "97110", 2, 20)));
        assertEquals(List.of(1, 2), expected(asBilled));

        UnitsSummary wrong = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97112", 0, 20), line(2, "97110", 3, 20)));
        assertEquals(List.of(1, 2), expected(wrong), "the correction closest to what was billed");
    }

    @Test
    void cmsDateWithATimedLineWithoutMinutesIsNotGuessed() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "97110", 2, null), line(3, "97161", 1, 40)));
        assertNull(units.totalTimedMinutes());
        assertNull(units.allowedUnits());
        assertEquals(4, units.billedUnits());
        assertNull(units.lines().get(0).expectedUnits(), "the 8-minute rule needs the whole date's minutes");
        assertNull(units.lines().get(1).expectedUnits());
        assertEquals(1, units.lines().get(2).expectedUnits(), "untimed codes do not depend on minutes");
        assertTrue(ClaimJson.write(units).startsWith(
                "{\"method\":\"CMS\",\"totalTimedMinutes\":null,\"allowedUnits\":null,\"billedUnits\":4,"),
                "unknown totals are written as null, not left out");

        DateOfServiceUnits date = UnitsAnalysis.byDate(context(UnitMethod.CMS,
                line(1, "97112", 2, 24), line(2, "97110", 2, null))).get(0);
        assertFalse(date.verifiable());
        assertNull(date.assignment());
    }

    @Test
    void amaStillJudgesTheCodesWhoseMinutesAreKnown() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.AMA,
                line(1, "97112", 2, 24), line(2, "97110", 2, null)));
        assertNull(units.allowedUnits());
        assertEquals(2, units.lines().get(0).expectedUnits());
        assertNull(units.lines().get(1).expectedUnits());
    }

    @Test
    void eachDateOfServiceIsJudgedOnItsOwn() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97110", 1, 12), line(2, "97140", 1, 10),
                line(3, "97110", 1, 12, DOS.plusDays(2)), line(4, "97140", 1, 10, DOS.plusDays(2))));
        // Each date: 22 minutes = 1 unit (97110, the longer); together 44 minutes would have been 3.
        assertEquals(44, units.totalTimedMinutes());
        assertEquals(2, units.allowedUnits());
        assertEquals(List.of(1, 0, 1, 0), expected(units));
        assertEquals(2, UnitsAnalysis.byDate(context(UnitMethod.CMS,
                line(1, "97110", 1, 12), line(2, "97110", 1, 12, DOS.plusDays(1)))).size());
    }

    @Test
    void aCodeSplitOverLinesIsCountedOnceWithItsUnitsOnTheFirstLine() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.CMS,
                line(1, "97110", 1, 12), line(2, "97112", 1, 10), line(3, "97110", 1, 11)));
        // 97110 23 minutes (one block, 8 left) + 97112 10 = 33 minutes = 2 units: 97112's 10 beat 8.
        assertEquals(33, units.totalTimedMinutes());
        assertEquals(2, units.allowedUnits());
        assertEquals(List.of(1, 1, 0), expected(units));
    }

    @Test
    void linesBilledInMinutesHaveNoBilledUnitsToCheck() {
        DateOfServiceUnits date = UnitsAnalysis.byDate(context(UnitMethod.CMS,
                line(1, "97110", null, 30), line(2, "97112", 1, 10))).get(0);
        assertEquals(3, date.allowedUnits());
        assertEquals(1, date.billedUnits());
        assertFalse(date.verifiable());
        assertNull(UnitsAnalysis.of(context(UnitMethod.CMS, line(1, "97110", null, 30))).lines().get(0).billedUnits());
    }

    @Test
    void aClaimWithoutTimedCodesHasNothingTimed() {
        UnitsSummary units = UnitsAnalysis.of(context(UnitMethod.CMS, line(1, "97161", 1, 50)));
        assertEquals(0, units.totalTimedMinutes());
        assertEquals(0, units.allowedUnits());
        assertEquals(0, units.billedUnits());
    }

    private static List<Integer> expected(UnitsSummary units) {
        return units.lines().stream().map(LineUnits::expectedUnits).toList();
    }
}
