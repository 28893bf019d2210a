package io.claimscrub.bench;

import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.x12.ClaimSink;
import io.claimscrub.x12.ReadSummary;
import io.claimscrub.x12.X12ClaimReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The work the in-process benchmarks time, on a whole 837 file held in memory. Every result goes to
 * {@code keep}, so that the JIT cannot drop the work that made it.
 */
final class Workloads {
    private Workloads() {
    }

    /** The engine: X12ClaimReader and ScrubEngine on every claim. */
    static ReadSummary scrub(byte[] file, ScrubEngine engine, Consumer<Object> keep) {
        return new X12ClaimReader().read(new ByteArrayInputStream(file), new ClaimSink() {
            @Override
            public void claim(Claim claim, List<Finding> readFindings) {
                keep.accept(engine.scrub(claim, readFindings));
            }

            @Override
            public void rejection(String claimId, List<Finding> findings) {
                keep.accept(engine.reject(claimId, findings));
            }
        });
    }

    /** The X12 reader alone: claims in the model, no rules. */
    static ReadSummary read(byte[] file, Consumer<Object> keep) {
        return new X12ClaimReader().read(new ByteArrayInputStream(file), new ClaimSink() {
            @Override
            public void claim(Claim claim, List<Finding> readFindings) {
                keep.accept(claim);
            }

            @Override
            public void rejection(String claimId, List<Finding> findings) {
                keep.accept(findings);
            }
        });
    }
}
