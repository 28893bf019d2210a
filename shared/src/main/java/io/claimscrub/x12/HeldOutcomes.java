package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final ClaimSink sink;
    private final int maxHeld;
    /**
     * The held outcomes, oldest at {@link #first}, as a ring of parallel arrays rather than an object
     * each: no allocation per claim, and releasing the oldest reads no long-unused object.
     * A claim has its {@link #heldClaims} entry; a rejection has null there and its id in {@link #heldIds}.
     */
    private Claim[] heldClaims = new Claim[16];
    private String[] heldIds = new String[16];
    @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
    private List<Finding>[] heldFindings = new List[16];
    private Scope[] heldScopes = new Scope[16];
    private int first;
    private int count;
    private int claims;
    private int rejections;
    private int fileRejections;

    HeldOutcomes(ClaimSink sink, int maxHeld) {
        this.sink = sink;
        this.maxHeld = maxHeld;
    }

    void claim(Claim claim, List<Finding> findings, Scope scope) {
        add(claim, null, findings, scope);
    }

    void rejection(String claimId, List<Finding> findings, Scope scope) {
        add(null, claimId, findings, scope);
    }

    /** A rejection not tied to any CLM: the file or an envelope that no claim could carry. */
    void fileRejection(List<Finding> findings) {
        releaseAll();
        rejections++;
        fileRejections++;
        sink.rejection(null, List.copyOf(findings));
    }

    void releaseAll() {
        while (count > 0) {
            releaseFirst();
        }
    }

    private void add(Claim claim, String claimId, List<Finding> findings, Scope scope) {
        if (scope != null) {
            scope.hold();
        }
        if (count == heldClaims.length) {
            grow();
        }
        int i = (first + count++) & heldClaims.length - 1;
        heldClaims[i] = claim;
        heldIds[i] = claimId;
        heldFindings[i] = findings;
        heldScopes[i] = scope;
        if (count > maxHeld) {
            releaseFirst();
        }
    }

    /** Doubles the ring (its length stays a power of two), oldest first again. */
    private void grow() {
        heldClaims = unrolled(heldClaims);
        heldIds = unrolled(heldIds);
        heldFindings = unrolled(heldFindings);
        heldScopes = unrolled(heldScopes);
        first = 0;
    }

    private <T> T[] unrolled(T[] ring) {
        T[] bigger = Arrays.copyOf(ring, ring.length * 2);
        System.arraycopy(ring, 0, bigger, ring.length - first, first);
        System.arraycopy(ring, first, bigger, 0, ring.length - first);
        return bigger;
    }

    private void releaseFirst() {
        int i = first;
        Claim claim = heldClaims[i];
        String claimId = heldIds[i];
        List<Finding> findings = heldFindings[i];
        Scope scope = heldScopes[i];
        heldClaims[i] = null;
        heldIds[i] = null;
        heldFindings[i] = null;
        heldScopes[i] = null;
        first = (first + 1) & heldClaims.length - 1;
        count--;
        release(claim, claimId, findings, scope);
    }

    private void release(Claim claim, String claimId, List<Finding> findings, Scope scope) {
        if (scope != null) {
            if (scope.hasFindings()) {
                findings = new ArrayList<>(findings);
                scope.release(findings);
            } else {
                scope.release(null);
            }
        }
        findings = findings.isEmpty() ? List.of() : List.copyOf(findings);
        if (claim != null) {
            claims++;
            sink.claim(claim, findings);
        } else {
            rejections++;
            sink.rejection(claimId, findings);
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
