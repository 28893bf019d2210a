package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Payer;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ScrubPipelineTest {
    private static final int CLAIMS = 3 * ScrubPipeline.BATCH_SIZE + 17;

    @Test
    void resultsComeBackInFileOrderWhateverTheWorkers() {
        for (int workers : new int[] {1, 3}) {
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            try {
                List<ClaimResult> results = new ArrayList<>();
                StringBuilder rendered = new StringBuilder();
                ScrubEngine engine = ScrubEngine.builtIn();
                ScrubPipeline scrub = new ScrubPipeline(() -> engine, pool, 2, ScrubPipelineTest::ids, batch -> {
                    results.addAll(batch.results());
                    rendered.append(new String(batch.rendered(), StandardCharsets.UTF_8));
                });
                List<String> expected = feed(scrub);
                scrub.finish();
                assertEquals(expected, results.stream().map(r -> r.claimId() + "/" + r.status()).toList());
                assertEquals(String.join(",", expected.stream().map(e -> e.split("/")[0]).toList()) + ",", rendered.toString());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void anEngineFailureOnAWorkerReachesTheReadingThread() {
        IllegalStateException bug = new IllegalStateException("rule bug");
        Rule failing = new Rule() {
            @Override
            public RuleId id() {
                return RuleId.UNITS_EXCEED_TIME;
            }

            @Override
            public void evaluate(ClaimContext ctx, Consumer<Finding> out) {
                throw bug;
            }
        };
        ScrubEngine engine = new ScrubEngine(PayerProfiles.builtIn(), NcciFiles.builtIn(), List.of(failing));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            ScrubPipeline scrub = new ScrubPipeline(() -> engine, pool, 2, ScrubPipelineTest::ids, batch -> { });
            scrub.claim(claim("C1"), List.of());
            assertSame(bug, assertThrows(IllegalStateException.class, scrub::finish));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claimsReadWhileTheEngineIsBuiltAreScrubbedOnceItIsReady() {
        CountDownLatch built = new CountDownLatch(1);
        Background<ScrubEngine> engine = Background.start("test-engine", () -> {
            built.await();
            return ScrubEngine.builtIn();
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<ClaimResult> results = new ArrayList<>();
            ScrubPipeline scrub = new ScrubPipeline(engine, pool, 2, ScrubPipelineTest::ids, batch -> results.addAll(batch.results()));
            for (int i = 0; i < ScrubPipeline.BATCH_SIZE * 2; i++) {
                scrub.claim(claim("C" + i), List.of()); // two batches: within maxInFlight, so the reader does not wait
            }
            assertEquals(List.of(), results);
            built.countDown();
            scrub.finish();
            assertEquals(ScrubPipeline.BATCH_SIZE * 2, results.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEngineThatCannotBeBuiltFailsTheRunEvenWithoutClaims() {
        UsageException bad = new UsageException("--payers: no such directory");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            ScrubPipeline scrub = new ScrubPipeline(Background.start("test-engine", () -> {
                throw bad;
            }), pool, 2, ScrubPipelineTest::ids, batch -> { });
            assertSame(bad, assertThrows(UsageException.class, scrub::finish));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Claims C0, C1, ... with a rejection in place of every 100th; returns the expected "id/status" sequence. */
    private static List<String> feed(ScrubPipeline scrub) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            String id = "C" + i;
            if (i % 100 == 50) {
                scrub.rejection(id, List.of(RuleId.X12_SYNTAX.onClaim("bad CLM", null)));
                expected.add(id + "/REJECTED");
            } else {
                scrub.claim(claim(id), List.of());
                expected.add(id + "/SCRUBBED");
            }
        }
        return expected;
    }

    /** A stand-in rendering: the claim ids, each followed by a comma. */
    private static byte[] ids(List<ClaimResult> results) {
        StringBuilder ids = new StringBuilder();
        results.forEach(r -> ids.append(r.claimId()).append(','));
        return ids.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Claim claim(String id) {
        ServiceLine line = new ServiceLine(1, "97110", List.of("GP"), 1, 15, null, null, null);
        return new Claim(id, Payer.UNKNOWN, null, null, List.of(), null, null, List.of(line), null);
    }
}
