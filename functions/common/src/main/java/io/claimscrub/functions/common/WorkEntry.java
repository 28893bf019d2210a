package io.claimscrub.functions.common;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import java.util.List;

/**
 * One line of a work batch: what the 837 reader handed over for one position in the file, so that
 * every claim, read or not, ends as exactly one stored result.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = WorkEntry.ClaimEntry.class, name = "claim"),
        @JsonSubTypes.Type(value = WorkEntry.RejectionEntry.class, name = "rejection")})
public sealed interface WorkEntry {
    /** 1-based position in the file, over all its batches: the claim result's sort key. */
    long seq();

    /** A claim the reader could read, with its reader findings (e.g. a wrong segment count). */
    record ClaimEntry(long seq, Claim claim, List<Finding> readFindings) implements WorkEntry {
        public ClaimEntry {
            readFindings = readFindings == null ? List.of() : List.copyOf(readFindings);
        }
    }

    /** A claim (or, with a null id, part of the file) the reader could not read, and why. */
    record RejectionEntry(long seq, String claimId, List<Finding> findings) implements WorkEntry {
        public RejectionEntry {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }
}
