package io.claimscrub.local.s3;

/**
 * One object creation, as S3 would announce it.
 *
 * @param eventName {@code ObjectCreated:Put}, {@code ObjectCreated:Copy} or
 *                  {@code ObjectCreated:CompleteMultipartUpload}
 * @param sequencer increases with every creation, like S3's (ordering of events for one key)
 */
public record ObjectCreated(String bucket, String key, long size, String eTag, String eventName,
                            long sequencer) {
}
