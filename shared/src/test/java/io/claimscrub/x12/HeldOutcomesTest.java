package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldOutcomesTest {
    private final List<String> released = new ArrayList<>();
    private final ClaimSink sink = new ClaimSink() {
        @Override
        public void claim(Claim claim, List<Finding> readFindings) {
            released.add(claim.claimId());
        }

        @Override
        public void rejection(String claimId, List<Finding> findings) {
            released.add("rejected " + claimId);
        }
    };

    private static Claim claim(int i) {
        return new Claim("C" + i, null, null, null, null, null, null, null, null);
    }

    private static List<String> claimIds(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add("C" + i);
        }
        return ids;
    }

    @Test
    void releasesInFileOrderAcrossGrowthAndWrapAround() {
        HeldOutcomes outcomes = new HeldOutcomes(sink, 100);
        for (int i = 0; i < 5; i++) {
            outcomes.claim(claim(i), List.of(), null);
        }
        outcomes.releaseAll();
        for (int i = 5; i < 60; i++) { // grows while its oldest is not at the start of the ring
            outcomes.claim(claim(i), List.of(), null);
        }
        assertEquals(claimIds(0, 5), released);
        outcomes.releaseAll();
        assertEquals(claimIds(0, 60), released);
        assertEquals(60, outcomes.claims());
    }

    @Test
    void releasesTheOldestBeyondTheBound() {
        HeldOutcomes outcomes = new HeldOutcomes(sink, 16);
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                outcomes.rejection("R", List.of(), null);
            }
            outcomes.claim(claim(i), List.of(), null);
        }
        assertEquals(25, released.size());
        outcomes.releaseAll();
        List<String> expected = claimIds(0, 40);
        expected.add(20, "rejected R");
        assertEquals(expected, released);
        assertEquals(40, outcomes.claims());
        assertEquals(1, outcomes.rejections());
    }
}
