package io.claimscrub.local.lambda;

/**
 * An event whose every attempt failed: where Lambda would send it to the on-failure destination.
 *
 * @param errorType the exception class of the last attempt (its message may hold claim data, so it
 *                  is not kept)
 */
public record FailedDelivery(String function, String bucket, String key, int attempts, String errorType) {
}
