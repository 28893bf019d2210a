package io.claimscrub.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmaRuleOfEightsTest {
    @Test
    void eachCodeIsCountedOnItsOwn() {
        assertEquals(0, AmaRuleOfEights.unitsFor(7));
        assertEquals(1, AmaRuleOfEights.unitsFor(8));
        assertEquals(1, AmaRuleOfEights.unitsFor(22));
        assertEquals(2, AmaRuleOfEights.unitsFor(23));
    }

    @Test
    void codesDoNotPoolTheirMinutesUnlikeCms() {
        // 24 + 23 minutes: CMS allows 3 units for the 47 minutes, AMA 2 + 2 code by code.
        UnitCalculation ama = UnitCalculator.calculate(UnitMethod.AMA,
                List.of(new CodeMinutes("97112", 24), new CodeMinutes("97110", 23)));
        assertEquals(4, ama.totalUnits());
        assertEquals(List.of(new UnitCalculation.Line("97112", 24, 2), new UnitCalculation.Line("97110", 23, 2)),
                ama.lines());

        // 7 + 7 + 7 minutes: CMS gives one unit to one of them, AMA none at all.
        UnitCalculation sevens = UnitCalculator.calculate(UnitMethod.AMA, List.of(
                new CodeMinutes("97112", 7), new CodeMinutes("97110", 7), new CodeMinutes("97140", 7)));
        assertEquals(0, sevens.totalUnits());
        assertEquals(21, sevens.totalTimedMinutes());
    }
}
