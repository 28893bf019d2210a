package io.claimscrub.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitTableTest {
    /** The chart of Pub 100-04 ch. 5 §20.2 (and the seed notes): both ends of every band. */
    @ParameterizedTest(name = "{0} minutes -> {1} units")
    @CsvSource({
        "0,0", "7,0",
        "8,1", "22,1",
        "23,2", "37,2",
        "38,3", "52,3",
        "53,4", "67,4",
        "68,5", "82,5",
        "83,6", "97,6",
        "98,7", "112,7",
        "113,8", "127,8",
    })
    void chartBands(int minutes, int units) {
        assertEquals(units, UnitTable.unitsFor(minutes));
    }

    @Test
    void negativeMinutesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> UnitTable.unitsFor(-1));
    }
}
