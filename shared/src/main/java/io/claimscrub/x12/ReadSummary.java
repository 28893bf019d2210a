package io.claimscrub.x12;

/**
 * What one read of an 837 stream saw.
 *
 * @param claims     claims handed to {@link ClaimSink#claim}
 * @param rejections rejections handed to {@link ClaimSink#rejection} (claims and whole-file ones)
 */
public record ReadSummary(long bytes, long segments, int interchanges, int transactionSets, int claims,
                          int rejections) {
}
