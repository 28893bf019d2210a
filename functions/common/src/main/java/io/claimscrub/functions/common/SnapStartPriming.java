package io.claimscrub.functions.common;

import io.claimscrub.x12.X12ClaimReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * SnapStart priming: the work a handler does in {@code beforeCheckpoint}, before Lambda snapshots
 * its initialised container, so that the classes that work loads and the code it compiles are in the
 * snapshot and a restored container's first request does not pay for them. It works on made-up
 * samples only (from {@code events/}, packaged under {@code priming/}) and never on storage: no
 * connection may exist before the snapshot.
 */
public final class SnapStartPriming {
    /** Rounds of the sample work: past about 100 the first request after them gains no more (docs/local.md). */
    public static final int ROUNDS = 100;

    private SnapStartPriming() {
    }

    /**
     * Runs {@code sampleWork} {@link #ROUNDS} times and logs the first and the last round's time (what
     * the work costs unprimed and primed). An exception fails the snapshot, and with it the
     * publication of the version, rather than a request.
     */
    public static void prime(String function, Runnable sampleWork) {
        Log log = Log.of(null);
        long started = System.nanoTime();
        long firstRound = 0;
        long lastRound = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long roundStarted = System.nanoTime();
            sampleWork.run();
            lastRound = System.nanoTime() - roundStarted;
            if (round == 0) {
                firstRound = lastRound;
            }
        }
        log.info("snapstart.primed", "function", function, "rounds", ROUNDS, "firstRoundUs", firstRound / 1000,
                "lastRoundUs", lastRound / 1000, "ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** A sample packaged in the function's jar, by its path under {@code priming/}. */
    public static byte[] sample(String path) {
        String resource = "priming/" + path;
        try (InputStream in = SnapStartPriming.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SnapStart priming sample missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims of the sample 837 ({@code events/sample-837p.edi}) as one work batch, as ParseClaimFile writes it for ScrubClaims. */
    public static byte[] sampleWorkBatch() {
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        BatchingSink batching = new BatchingSink(Integer.MAX_VALUE, (number, jsonLines, entries) -> batch.writeBytes(jsonLines));
        new X12ClaimReader().read(new ByteArrayInputStream(sample("sample-837p.edi")), batching);
        batching.finish();
        return batch.toByteArray();
    }
}
