package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {
    @Test
    void theSampleWorkBatchHoldsTheSample837sClaimsInOrder() {
        List<WorkEntry> entries = new ArrayList<>();
        WorkBatchCodec.read(new ByteArrayInputStream(SnapStartPriming.sampleWorkBatch()), entries::add);

        assertEquals(25, entries.size(), "events/sample-837p.edi holds 25 claims");
        assertTrue(entries.stream().allMatch(e -> e instanceof WorkEntry.ClaimEntry), "all of them readable");
        assertEquals(List.of(1L, 2L, 25L), List.of(entries.get(0).seq(), entries.get(1).seq(), entries.get(24).seq()));
        assertEquals("PCN0000000001", ((WorkEntry.ClaimEntry) entries.get(0)).claim().claimId());
    }

    @Test
    void primingRunsTheSampleWorkEveryRound() {
        AtomicInteger runs = new AtomicInteger();
        SnapStartPriming.prime("Test", runs::incrementAndGet);
        assertEquals(SnapStartPriming.ROUNDS, runs.get());
    }

    @Test
    void aFailingSampleFailsThePriming() {
        IllegalStateException broken = new IllegalStateException("sample answered 500");
        assertEquals(broken, assertThrows(IllegalStateException.class, () -> SnapStartPriming.prime("Test", () -> {
            throw broken;
        })));
    }

    @Test
    void aSampleMissingFromTheJarIsNamed() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> SnapStartPriming.sample("no-such-sample.json"));
        assertTrue(missing.getMessage().contains("priming/no-such-sample.json"), missing.getMessage());
    }
}
