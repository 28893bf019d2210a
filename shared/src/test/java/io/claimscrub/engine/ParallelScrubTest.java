package io.claimscrub.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.json.ClaimJson;
import io.claimscrub.model.Claim;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.StandardRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ParallelScrubTest {
    /** Makes workers finish out of order, and fails on the claim named BOOM. */
    private static final Rule JITTER = new Rule() {
        @Override
        public RuleId id() {
            return RuleId.MINUTES_MISSING;
        }

        @Override
        public void evaluate(ClaimContext context, Consumer<Finding> findings) {
            if (context.claim().claimId().equals("BOOM")) {
                throw new IllegalStateException("rule failed on BOOM");
            }
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    };

    private static final ScrubEngine ENGINE = new ScrubEngine(PayerProfiles.builtIn(), NcciFiles.builtIn(),
            concat(StandardRules.all(), JITTER));

    private static List<Rule> concat(List<Rule> rules, Rule extra) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(extra);
        return all;
    }

    private static Claim claim(String id) {
        return ClaimJson.readRequest("""
                {"claimId":"%s","payer":{"profile":"medicare"},"dateOfService":"2026-11-02",
                 "lines":[{"code":"97112","units":2,"minutes":24},{"code":"97110","units":2}]}""".formatted(id));
    }

    private static final Claim TEMPLATE = claim("T");

    private static Claim numbered(int i) {
        return new Claim("C" + i, TEMPLATE.payer(), TEMPLATE.discipline(), TEMPLATE.dateOfService(),
                TEMPLATE.diagnoses(), TEMPLATE.ytdTherapyAmount(), TEMPLATE.planOfCare(), TEMPLATE.lines(),
                TEMPLATE.renderingProviderNpi());
    }

    private static List<Finding> syntaxError() {
        return List.of(RuleId.X12_SYNTAX.onClaim("bad CLM", null));
    }

    @Test
    void resultsComeInInputOrderOnTheFeedingThreadAndMatchTheSequentialEngine() {
        Thread feeder = Thread.currentThread();
        List<ClaimResult> results = new ArrayList<>();
        List<Thread> deliveredOn = new ArrayList<>();
        int n = 1000;
        try (ParallelScrub scrub = new ParallelScrub(ENGINE, r -> {
            results.add(r);
            deliveredOn.add(Thread.currentThread());
        }, 3, 7)) {
            assertTrue(scrub.parallel());
            for (int i = 0; i < n; i++) {
                if (i % 10 == 3) {
                    scrub.rejection("R" + i, syntaxError());
                } else {
                    scrub.claim(numbered(i), List.of());
                }
            }
            scrub.finish();
        }
        assertEquals(n, results.size());
        for (int i = 0; i < n; i++) {
            ClaimResult result = results.get(i);
            if (i % 10 == 3) {
                assertEquals("R" + i, result.claimId());
                assertTrue(result.rejected());
            } else {
                assertEquals(ENGINE.scrub(numbered(i)), result);
            }
        }
        assertTrue(deliveredOn.stream().allMatch(t -> t == feeder));
    }

    @Test
    void holdsAtMostTwoChunksPerWorkerPlusTheOneFilling() {
        int workers = 2;
        int chunk = 5;
        int[] fed = {0};
        int[] delivered = {0};
        int[] maxOutstanding = {0};
        try (ParallelScrub scrub = new ParallelScrub(ENGINE, r -> delivered[0]++, workers, chunk)) {
            for (int i = 0; i < 500; i++) {
                scrub.claim(numbered(i), List.of());
                fed[0]++;
                maxOutstanding[0] = Math.max(maxOutstanding[0], fed[0] - delivered[0]);
            }
            scrub.finish();
        }
        assertEquals(500, delivered[0]);
        assertTrue(maxOutstanding[0] <= (2 * workers + 1) * chunk, "outstanding " + maxOutstanding[0]);
        assertTrue(maxOutstanding[0] >= 2 * chunk, "it did run ahead of the results: " + maxOutstanding[0]);
    }

    @Test
    void aWorkerExceptionSurfacesToTheFeederAndClosesTheInstance() {
        List<ClaimResult> results = new ArrayList<>();
        ParallelScrub scrub = new ParallelScrub(ENGINE, results::add, 2, 4);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 100; i++) {
                scrub.claim(i == 41 ? claim("BOOM") : numbered(i), List.of());
            }
            scrub.finish();
        });
        assertEquals("rule failed on BOOM", thrown.getMessage());
        assertTrue(results.size() <= 40, "nothing from the failed chunk on is delivered: " + results.size());
        assertThrows(IllegalStateException.class, () -> scrub.claim(numbered(1), List.of()));
        scrub.close();
    }

    @Test
    void anUnknownPayerProfileIsTheEnginesOwnException() {
        Claim unknown = ClaimJson.readRequest("""
                {"claimId":"U","payer":{"profile":"no-such-profile"},"lines":[{"code":"97110","units":1}]}""");
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class, () -> ENGINE.scrub(unknown));
        try (ParallelScrub scrub = ParallelScrub.start(ENGINE, r -> { }, 1)) {
            scrub.claim(unknown, List.of());
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, scrub::finish);
            assertEquals(expected.getMessage(), thrown.getMessage());
        }
    }

    @Test
    void aCallbackExceptionStopsTheRun() {
        RuntimeException failure = new RuntimeException("disk full");
        ParallelScrub scrub = new ParallelScrub(ENGINE, r -> {
            throw failure;
        }, 1, 2);
        assertSame(failure, assertThrows(RuntimeException.class, () -> {
            for (int i = 0; i < 10; i++) {
                scrub.claim(numbered(i), List.of());
            }
            scrub.finish();
        }));
        assertThrows(IllegalStateException.class, scrub::finish);
    }

    @Test
    void withoutWorkersEachClaimIsDeliveredAtOnce() {
        List<ClaimResult> results = new ArrayList<>();
        try (ParallelScrub scrub = ParallelScrub.start(ENGINE, results::add, 0)) {
            assertFalse(scrub.parallel());
            scrub.claim(numbered(1), List.of());
            assertEquals(List.of(ENGINE.scrub(numbered(1))), results);
            scrub.rejection(null, syntaxError());
            assertEquals(2, results.size());
            assertTrue(results.get(1).rejected());
            scrub.finish();
        }
        assertEquals(2, results.size());
    }

    @Test
    void finishCanBeCalledBetweenFilesAndCountsReconcile() {
        List<ClaimResult> results = new ArrayList<>();
        try (ParallelScrub scrub = ParallelScrub.start(ENGINE, results::add, 2)) {
            for (int file = 0; file < 3; file++) {
                int before = results.size();
                for (int i = 0; i < 300; i++) {
                    scrub.claim(numbered(i), List.of());
                }
                scrub.finish();
                assertEquals(300, results.size() - before);
                assertEquals("C299", results.get(results.size() - 1).claimId());
            }
        }
    }
}
