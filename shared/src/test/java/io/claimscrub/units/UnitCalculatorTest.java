package io.claimscrub.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.json.ClaimJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCalculatorTest {
    private static UnitCalculation cms(CodeMinutes... services) {
        return UnitCalculator.calculate(UnitMethod.CMS, List.of(services));
    }

    @Test
    void specExampleSerialisesToTheContractShape() {
        UnitCalculation result = cms(new CodeMinutes("97112", 24), new CodeMinutes("97110", 23));
        assertEquals("{\"method\":\"CMS\",\"totalTimedMinutes\":47,\"totalUnits\":3,\"lines\":["
                + "{\"code\":\"97112\",\"minutes\":24,\"units\":2},{\"code\":\"97110\",\"minutes\":23,\"units\":1}]}",
                ClaimJson.write(result));
    }

    @Test
    void linesKeepTheOrderGivenAndMayHaveZeroUnits() {
        // Manual example 4, given in another order: ultrasound first, and it gets no unit.
        UnitCalculation result = cms(new CodeMinutes("97035", 8), new CodeMinutes("97110", 18),
                new CodeMinutes("97140", 13), new CodeMinutes("97116", 10));
        assertEquals(List.of(new UnitCalculation.Line("97035", 8, 0), new UnitCalculation.Line("97110", 18, 1),
                new UnitCalculation.Line("97140", 13, 1), new UnitCalculation.Line("97116", 10, 1)), result.lines());
        assertEquals(49, result.totalTimedMinutes());
        assertEquals(3, result.totalUnits());
    }

    @Test
    void tiesGoToTheCodeGivenFirst() {
        assertEquals(List.of(new UnitCalculation.Line("97110", 20, 2), new UnitCalculation.Line("97112", 20, 1)),
                cms(new CodeMinutes("97110", 20), new CodeMinutes("97112", 20)).lines());
        assertEquals(List.of(new UnitCalculation.Line("97140", 7, 1), new UnitCalculation.Line("97110", 7, 0),
                        new UnitCalculation.Line("97112", 7, 0)),
                cms(new CodeMinutes("97140", 7), new CodeMinutes("97110", 7), new CodeMinutes("97112", 7)).lines());
    }

    @Test
    void aCodeGivenTwiceIsOneServiceWithItsMinutesAddedUp() {
        UnitCalculation result = cms(new CodeMinutes("97110", 10), new CodeMinutes("97112", 20),
                new CodeMinutes("97110", 20));
        // 97110 30 + 97112 20 = 50 minutes = 3 units: 97110 two full blocks, 97112 one.
        assertEquals(List.of(new UnitCalculation.Line("97110", 30, 2), new UnitCalculation.Line("97112", 20, 1)),
                result.lines());
        assertEquals(50, result.totalTimedMinutes());
        assertEquals(3, result.totalUnits());
    }

    @Test
    void untimedCodesAreOneUnitAndTheirMinutesStayOutOfTheTimedTotal() {
        // Evaluation 97161 (45 min), unattended e-stim G0283 (15 min), 97110 for 30 minutes.
        UnitCalculation result = cms(new CodeMinutes("97161", 45), new CodeMinutes("G0283", 15),
                new CodeMinutes("97110", 30));
        assertEquals(30, result.totalTimedMinutes());
        assertEquals(List.of(new UnitCalculation.Line("97161", 45, 1), new UnitCalculation.Line("G0283", 15, 1),
                new UnitCalculation.Line("97110", 30, 2)), result.lines());
        assertEquals(4, result.totalUnits(), "2 timed units plus one per untimed code");
    }

    @Test
    void untimedMinutesDoNotHelpATimedCodeReach8() {
        UnitCalculation result = cms(new CodeMinutes("97010", 10), new CodeMinutes("97140", 7));
        assertEquals(7, result.totalTimedMinutes());
        assertEquals(new UnitCalculation.Line("97140", 7, 0), result.lines().get(1));
    }

    @Test
    void amaCountsEachCodeAlone() {
        UnitCalculation result = UnitCalculator.calculate(UnitMethod.AMA,
                List.of(new CodeMinutes("97110", 33), new CodeMinutes("97140", 7), new CodeMinutes("97150", 40)));
        assertEquals(UnitMethod.AMA, result.method());
        assertEquals(List.of(new UnitCalculation.Line("97110", 33, 2), new UnitCalculation.Line("97140", 7, 0),
                new UnitCalculation.Line("97150", 40, 1)), result.lines());
        assertEquals(40, result.totalTimedMinutes());
        assertEquals(3, result.totalUnits());
    }

    @Test
    void nothingGivenIsNothingBilled() {
        UnitCalculation result = cms();
        assertEquals(0, result.totalUnits());
        assertTrue(result.lines().isEmpty());
    }

    @Test
    void unknownCodesCountAsTimedAndAreNamed() {
        UnitCalculation result = cms(new CodeMinutes("97799", 20), new CodeMinutes("97110", 10));
        assertEquals(30, result.totalTimedMinutes());
        assertEquals(2, result.totalUnits());
        assertEquals(List.of("97799"), UnitCalculator.unknownCodes(
                List.of(new CodeMinutes("97799", 20), new CodeMinutes("97110", 10), new CodeMinutes("97799", 1))));
    }

    @Test
    void negativeMinutesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CodeMinutes("97110", -5));
    }
}
