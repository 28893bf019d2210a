package io.claimscrub.x12;

/**
 * What one read of an 837 stream saw. Counts reconcile: every CLM segment ends as exactly one claim
 * or one claim rejection, so {@code claims + claimRejections()} is the number of CLM segments.
 *
 * @param claims         claims handed to {@link ClaimSink#claim}
 * @param rejections     rejections handed to {@link ClaimSink#rejection} (claims and whole-file ones)
 * @param fileRejections of those, rejections not tied to a CLM segment (an unreadable file, or envelope
 *                       findings no claim could carry): 0 or 1
 */
public record ReadSummary(long bytes, long segments, int interchanges, int transactionSets, int claims,
                          int rejections, int fileRejections) {
    /** Rejections of single claims (each stands for one CLM segment). */
    public int claimRejections() {
        return rejections - fileRejections;
    }
}
