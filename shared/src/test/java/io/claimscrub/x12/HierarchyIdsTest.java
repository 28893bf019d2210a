package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HierarchyIdsTest {
    @Test
    void remembersEveryIdWithItsLevelAndSegmentThroughManyGrowths() {
        HierarchyIds ids = new HierarchyIds();
        for (int id = 0; id < 100_000; id++) {
            assertEquals(0, ids.add(id, id % 2 == 0 ? Codes.SUBSCRIBER_LEVEL : Codes.PATIENT_LEVEL, 10L + id));
        }
        assertEquals(0, ids.add(999_999_999, Codes.BILLING_PROVIDER_LEVEL, 7));
        for (int id = 0; id < 100_000; id++) {
            assertEquals(id % 2 == 0 ? Codes.SUBSCRIBER_LEVEL : Codes.PATIENT_LEVEL, ids.levelOf(id));
        }
        assertEquals(Codes.BILLING_PROVIDER_LEVEL, ids.levelOf(999_999_999));
        assertEquals(0, ids.levelOf(100_000));
        assertEquals(0, ids.levelOf(Values.NOT_A_NUMBER));
    }

    @Test
    void aRepeatedIdGivesTheEarlierSegmentAndKeepsTheEarlierLevel() {
        HierarchyIds ids = new HierarchyIds();
        ids.add(2, Codes.SUBSCRIBER_LEVEL, 18);
        assertEquals(18, ids.add(2, Codes.BILLING_PROVIDER_LEVEL, 27));
        assertEquals(Codes.SUBSCRIBER_LEVEL, ids.levelOf(2));
    }
}
