package io.claimscrub.units;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the two methods over random days of therapy. */
class UnitsPropertiesTest {
    /** The chart read literally: one unit for 8+ minutes, one more each time 15 more are reached. */
    private static int chart(int minutes) {
        int units = 0;
        while (minutes >= 15 * units + 8) {
            units++;
        }
        return units;
    }

    private static int[] array(List<Integer> minutes) {
        int[] a = new int[minutes.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = minutes.get(i);
        }
        return a;
    }

    @Property
    void cmsTotalUnitsFollowTheChartOfTheTotalMinutes(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 120) Integer> minutes) {
        int total = minutes.stream().mapToInt(Integer::intValue).sum();
        assertEquals(chart(total), CmsEightMinuteRule.assign(array(minutes)).totalUnits());
    }

    @Property
    void noCodeEverGetsMoreThanItsOwnMostUnitsWhateverTheOtherCodes(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 120) Integer> minutes) {
        CmsAssignment a = CmsEightMinuteRule.assign(array(minutes));
        for (int i = 0; i < minutes.size(); i++) {
            assertTrue(a.maxUnits(i) <= CmsEightMinuteRule.mostUnitsFor(minutes.get(i)), minutes + " code " + i);
        }
    }

    @Property
    void noCodeEverGetsFewerThanItsOwnLeastUnitsWhateverTheOtherCodes(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 120) Integer> minutes) {
        CmsAssignment a = CmsEightMinuteRule.assign(array(minutes));
        for (int i = 0; i < minutes.size(); i++) {
            assertTrue(a.minUnits(i) >= CmsEightMinuteRule.leastUnitsFor(minutes.get(i)), minutes + " code " + i);
        }
    }

    @Property
    void everyResolvedSplitIsAcceptableAndAddsUpToTheTotal(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 120) Integer> minutes,
            @ForAll @Size(6) List<@IntRange(min = 0, max = 9) Integer> preference) {
        CmsAssignment a = CmsEightMinuteRule.assign(array(minutes));
        int[] units = a.resolve(array(preference.subList(0, minutes.size())));
        assertTrue(a.accepts(units));
        assertEquals(a.totalUnits(), java.util.Arrays.stream(units).sum());
        assertArrayEquals(units, a.resolve(units), "an acceptable split resolves to itself");
    }

    @Property
    void eachCodeKeepsItsFullBlocksAndGetsAtMostOneUnitMore(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 120) Integer> minutes) {
        CmsAssignment a = CmsEightMinuteRule.assign(array(minutes));
        for (int i = 0; i < minutes.size(); i++) {
            int fullBlocks = minutes.get(i) / 15;
            assertTrue(a.minUnits(i) >= fullBlocks, "a code done 15+ minutes gets at least a unit per block");
            assertTrue(a.maxUnits(i) <= fullBlocks + 1);
            if (minutes.get(i) == 0) {
                assertEquals(0, a.maxUnits(i));
            }
        }
    }

    @Property
    void leftoverUnitsGoToTheLargestRemainders(
            @ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 120) Integer> minutes) {
        int[] units = CmsEightMinuteRule.assign(array(minutes)).resolve(null);
        for (int i = 0; i < units.length; i++) {
            for (int j = 0; j < units.length; j++) {
                boolean iGotOne = units[i] > minutes.get(i) / 15;
                boolean jGotNone = units[j] == minutes.get(j) / 15;
                if (iGotOne && jGotNone) {
                    assertTrue(minutes.get(i) % 15 >= minutes.get(j) % 15);
                }
            }
        }
    }

    @Property
    void amaUnitsPerCodeFollowTheChartOfThatCode(@ForAll @IntRange(min = 0, max = 300) int minutes) {
        assertEquals(chart(minutes), AmaRuleOfEights.unitsFor(minutes));
    }
}
