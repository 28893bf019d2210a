package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims and claim rejections on their way to the {@link ClaimSink}, in file order. They are held
 * until their interchange ends, so that envelope findings made later (SE01, GE01, IEA counts, a
 * missing trailer) still reach them; at most {@link #MAX_HELD} are held (the 837 TR3 recommends at
 * most 5000 claims per transaction set), beyond that the oldest go out early and later envelope
 * findings reach only the claims still held.
 */
final class HeldOutcomes {
    static final int MAX_HELD = 5000;

    private record Outcome(Claim claim, String claimId, List<Finding> findings, Scope scope) {
    }

    private final ClaimSink sink;
    private final int maxHeld;
    private final ArrayDeque<Outcome> held = new ArrayDeque<>();
    private int claims;
    private int rejections;
    private int fileRejections;

    HeldOutcomes(ClaimSink sink, int maxHeld) {
        this.sink = sink;
        this.maxHeld = maxHeld;
    }

    void claim(Claim claim, List<Finding> findings, Scope scope) {
        add(new Outcome(claim, claim.claimId(), findings, scope));
    }

    void rejection(String claimId, List<Finding> findings, Scope scope) {
        add(new Outcome(null, claimId, findings, scope));
    }

    /** A rejection not tied to any CLM: the file or an envelope that no claim could carry. */
    void fileRejection(List<Finding> findings) {
        releaseAll();
        rejections++;
        fileRejections++;
        sink.rejection(null, List.copyOf(findings));
    }

    void releaseAll() {
        while (!held.isEmpty()) {
            release(held.removeFirst());
        }
    }

    private void add(Outcome outcome) {
        if (outcome.scope != null) {
            outcome.scope.hold();
        }
        held.addLast(outcome);
        if (held.size() > maxHeld) {
            release(held.removeFirst());
        }
    }

    private void release(Outcome o) {
        List<Finding> findings = o.findings;
        if (o.scope != null) {
            if (o.scope.hasFindings()) {
                findings = new ArrayList<>(o.findings);
                o.scope.release(findings);
            } else {
                o.scope.release(null);
            }
        }
        findings = findings.isEmpty() ? List.of() : List.copyOf(findings);
        if (o.claim != null) {
            claims++;
            sink.claim(o.claim, findings);
        } else {
            rejections++;
            sink.rejection(o.claimId, findings);
        }
    }

    int claims() {
        return claims;
    }

    int rejections() {
        return rejections;
    }

    int fileRejections() {
        return fileRejections;
    }
}
