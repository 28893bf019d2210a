package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One envelope level (interchange, functional group or transaction set) and the findings about it.
 * Every claim read inside it receives those findings when it is released: an envelope error makes
 * the receiver reject everything inside, so each of those claims is at risk.
 */
final class Scope {
    enum Kind {
        INTERCHANGE("interchange", "ISA"), GROUP("functional group", "GS"), TRANSACTION_SET("transaction set", "ST");

        final String noun;
        final String header;

        Kind(String noun, String header) {
            this.noun = noun;
            this.header = header;
        }
    }

    final Kind kind;
    final String controlNumber;
    final long startOrdinal;
    final Scope parent;
    private final List<Finding> findings = new ArrayList<>(0);
    /** Claims of this scope (or of scopes inside it) held back, not yet released to the sink. */
    private int held;
    /** How many of {@link #findings} have reached at least one released claim. */
    private int delivered;
    /** GS count for an interchange, ST count for a group, segment count for a transaction set. */
    int counted;
    /** CLM segments met inside this scope. */
    int claims;
    /** Control numbers of the envelopes directly inside (GS in an interchange, ST in a group), with their segment. */
    private Map<String, Long> childControlNumbers;
    /** Segments out of place here: outside a claim (in a transaction set) or outside a transaction set. */
    final Tally stray = new Tally();
    /** Segments whose tag is not a 2-3 character X12 tag. */
    final Tally badTags = new Tally();

    Scope(Kind kind, String controlNumber, long startOrdinal, Scope parent) {
        this.kind = kind;
        this.controlNumber = controlNumber;
        this.startOrdinal = startOrdinal;
        this.parent = parent;
    }

    /** "transaction set 0001 (ST at segment 3)". */
    String label() {
        return kind.noun + " " + controlNumber + " (" + kind.header + " at segment " + startOrdinal + ")";
    }

    /**
     * Records the control number of an envelope directly inside this one; returns the segment of an
     * earlier one with the same number (they must be unique), or 0.
     */
    long registerChild(String controlNumber, long ordinal) {
        if (childControlNumbers == null) {
            childControlNumbers = new HashMap<>();
        }
        Long earlier = childControlNumbers.putIfAbsent(controlNumber, ordinal);
        return earlier == null ? 0 : earlier;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    void hold() {
        for (Scope s = this; s != null; s = s.parent) {
            s.held++;
        }
    }

    /**
     * Counts a claim of this scope as released, appending this scope's findings and its parents' to
     * {@code out} (null when {@link #hasFindings()} is false).
     */
    void release(List<Finding> out) {
        for (Scope s = this; s != null; s = s.parent) {
            if (out != null) {
                out.addAll(s.findings);
            }
            s.delivered = s.findings.size();
            s.held--;
        }
    }

    boolean hasFindings() {
        for (Scope s = this; s != null; s = s.parent) {
            if (!s.findings.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Findings no claim has received and none still held will receive: once the scope is closed they
     * must be reported on their own.
     */
    List<Finding> undelivered() {
        return held > 0 ? List.of() : findings.subList(delivered, findings.size());
    }
}
