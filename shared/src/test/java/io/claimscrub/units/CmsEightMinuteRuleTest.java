package io.claimscrub.units;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The worked examples of the Medicare Claims Processing Manual, Pub 100-04 ch. 5 §20.2 ("Counting
 * Minutes for Timed Codes in 15 Minute Units"), reconstructed as test data, plus cases built on the
 * same text. Codes: 97112 neuromuscular re-education, 97110 therapeutic exercise, 97140 manual
 * therapy, 97116 gait training, 97035 ultrasound.
 */
class CmsEightMinuteRuleTest {
    @Test
    void example1_24MinutesAnd23MinutesGiveThreeUnitsTwoToTheLonger() {
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {24, 23});
        assertEquals(47, a.totalMinutes());
        assertEquals(3, a.totalUnits());
        assertFalse(a.hasTies());
        assertArrayEquals(new int[] {2, 1}, a.resolve(null));
        assertTrue(a.accepts(new int[] {2, 1}));
        assertFalse(a.accepts(new int[] {1, 2}));
    }

    @Test
    void example2_20And20MinutesTieAndEitherCodeMayTakeTheThirdUnit() {
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {20, 20});
        assertEquals(3, a.totalUnits());
        assertTrue(a.hasTies());
        assertTrue(a.accepts(new int[] {2, 1}));
        assertTrue(a.accepts(new int[] {1, 2}));
        assertFalse(a.accepts(new int[] {3, 0}), "each code done 15+ minutes keeps at least one unit");
        assertFalse(a.accepts(new int[] {0, 3}));
        assertFalse(a.accepts(new int[] {2, 2}), "the total is still 3");
        assertArrayEquals(new int[] {2, 1}, a.resolve(null), "without a preference the code given first takes it");
        assertArrayEquals(new int[] {1, 2}, a.resolve(new int[] {1, 2}), "a billed acceptable split is kept");
    }

    @Test
    void example3_33MinutesAnd7MinutesGiveTheThirdUnitToTheSevenMinutes() {
        // 97110: 30 minutes are two full units, 3 left over; 97140's 7 minutes beat those 3.
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {33, 7});
        assertEquals(3, a.totalUnits());
        assertArrayEquals(new int[] {2, 1}, a.resolve(null));
        assertFalse(a.hasTies());
    }

    @Test
    void example4_fourCodesIn49MinutesGiveOneUnitEachToTheThreeLongest() {
        // 97110 18, 97140 13, 97116 10, 97035 8: 3 units; 97110's full block, then 13 and 10 minutes left.
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {18, 13, 10, 8});
        assertEquals(49, a.totalMinutes());
        assertEquals(3, a.totalUnits());
        assertArrayEquals(new int[] {1, 1, 1, 0}, a.resolve(null));
        assertFalse(a.hasTies());
        assertFalse(a.accepts(new int[] {1, 1, 0, 1}), "8 minutes of ultrasound lose to 10 of gait training");
    }

    @Test
    void example5_threeCodesOf7MinutesGiveOneUnitToAnyOneOfThem() {
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {7, 7, 7});
        assertEquals(21, a.totalMinutes());
        assertEquals(1, a.totalUnits());
        assertEquals(1, a.tiedUnits());
        assertTrue(a.accepts(new int[] {1, 0, 0}));
        assertTrue(a.accepts(new int[] {0, 1, 0}));
        assertTrue(a.accepts(new int[] {0, 0, 1}));
        assertFalse(a.accepts(new int[] {1, 1, 0}));
        assertFalse(a.accepts(new int[] {0, 0, 0}));
        assertArrayEquals(new int[] {1, 0, 0}, a.resolve(null));
        assertArrayEquals(new int[] {0, 0, 1}, a.resolve(new int[] {0, 0, 1}));
    }

    @Test
    void twoServicesUnder8MinutesThatReach8TogetherGiveOneUnitToTheLonger() {
        assertArrayEquals(new int[] {1, 0}, CmsEightMinuteRule.assign(new int[] {5, 3}).resolve(null));
        assertArrayEquals(new int[] {0, 1}, CmsEightMinuteRule.assign(new int[] {3, 5}).resolve(null));
    }

    @Test
    void servicesUnder8MinutesTogetherBelow8GiveNothing() {
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {3, 4});
        assertEquals(0, a.totalUnits());
        assertArrayEquals(new int[] {0, 0}, a.resolve(null));
        assertTrue(a.accepts(new int[] {0, 0}));
    }

    @Test
    void aSingleCodeFollowsTheChart() {
        assertArrayEquals(new int[] {0}, CmsEightMinuteRule.assign(new int[] {7}).resolve(null));
        assertArrayEquals(new int[] {1}, CmsEightMinuteRule.assign(new int[] {8}).resolve(null));
        assertArrayEquals(new int[] {2}, CmsEightMinuteRule.assign(new int[] {30}).resolve(null));
        assertArrayEquals(new int[] {3}, CmsEightMinuteRule.assign(new int[] {38}).resolve(null));
    }

    @Test
    void fiveCodesIn88MinutesTieOnlyForTheLastUnit() {
        // 97112 27, 97110 23, 97140 20, 97116 10, 97035 8 = 88 minutes = 6 units: three full blocks,
        // then remainders 12 (97112) and 10 (97116); 97110 and 97035 both have 8 left for the sixth.
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {27, 23, 20, 10, 8});
        assertEquals(6, a.totalUnits());
        assertEquals(1, a.tiedUnits());
        assertTrue(a.isTied(1));
        assertTrue(a.isTied(4));
        assertFalse(a.isTied(0));
        assertArrayEquals(new int[] {2, 2, 1, 1, 0}, a.resolve(null));
        assertTrue(a.accepts(new int[] {2, 1, 1, 1, 1}));
        assertFalse(a.accepts(new int[] {2, 2, 1, 0, 1}));
    }

    @Test
    void severalTiedUnitsGoToAnyOfTheTiedCodes() {
        // Four codes of 10 minutes: 40 minutes = 3 units, no full blocks, all remainders equal.
        CmsAssignment a = CmsEightMinuteRule.assign(new int[] {10, 10, 10, 10});
        assertEquals(3, a.tiedUnits());
        assertArrayEquals(new int[] {1, 1, 1, 0}, a.resolve(null));
        assertTrue(a.accepts(new int[] {0, 1, 1, 1}));
        assertFalse(a.accepts(new int[] {2, 1, 0, 0}));
        assertArrayEquals(new int[] {1, 0, 1, 1}, a.resolve(new int[] {1, 0, 1, 1}));
    }

    @Test
    void equalRemaindersThatAllTakeAUnitAreNotATie() {
        // 12 + 12 = 24 minutes = 2 units: both equal remainders take one each, nothing to choose.
        CmsAssignment both = CmsEightMinuteRule.assign(new int[] {12, 12});
        assertEquals(2, both.totalUnits());
        assertFalse(both.hasTies());
        assertArrayEquals(new int[] {1, 1}, both.resolve(null));
    }
}
