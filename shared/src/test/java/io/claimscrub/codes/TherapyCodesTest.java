package io.claimscrub.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TherapyCodesTest {
    @Test
    void timedCodesAreTimedTherapy() {
        assertTrue(TherapyCodes.isTimed("97530"));
        assertTrue(TherapyCodes.isTimed("97110"));
        assertTrue(TherapyCodes.isTherapy("97530"));
    }

    @Test
    void evaluationsModalitiesAndGroupAreUntimedTherapy() {
        for (String code : new String[] {"97161", "97168", "97010", "97014", "97150", "92507"}) {
            assertTrue(TherapyCodes.isTherapy(code), code);
            assertFalse(TherapyCodes.isTimed(code), code);
        }
    }

    @Test
    void otherCodesAreNeitherTherapyNorTimed() {
        assertFalse(TherapyCodes.isTherapy("99213"));
        assertFalse(TherapyCodes.isTimed("99213"));
    }
}
