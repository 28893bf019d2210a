package io.claimscrub.functions.common;

/** Where a dropped file is in the pipeline. */
public enum FileStatus {
    /** The record exists and ParseClaimFile is writing batches (or crashed doing so: a retry re-parses). */
    PARSING,
    /** Every batch is written and the claim count is known; ScrubClaims is working through the batches. */
    PARSED,
    /** Every claim has a stored result: claimsScrubbed + claimsRejected = claimsTotal. */
    COMPLETE,
    /** Nothing in the file could be read as an 837 claim; the file was copied under the rejected prefix with its reasons. */
    REJECTED
}
