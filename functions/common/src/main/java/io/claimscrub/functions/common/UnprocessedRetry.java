package io.claimscrub.functions.common;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Re-sends what a batch write left unprocessed, backing off between tries, until nothing is left.
 * BatchWriteItem accepts a batch and may still skip some of its items under load; dropping them
 * would lose claims, so they go again, and after the last attempt the call fails (the Lambda is then
 * retried, and its puts are idempotent).
 */
public final class UnprocessedRetry {
    private UnprocessedRetry() {
    }

    /**
     * @param pending requests by table, as BatchWriteItem takes them
     * @param write   sends requests and returns the unprocessed ones
     * @throws IllegalStateException when requests are still unprocessed after the last attempt
     */
    public static <R> void run(Map<String, List<R>> pending, UnaryOperator<Map<String, List<R>>> write, Backoff backoff) {
        Map<String, List<R>> left = pending;
        for (int attempt = 0; ; attempt++) {
            left = write.apply(left);
            if (left == null || left.values().stream().allMatch(List::isEmpty)) {
                return;
            }
            if (attempt + 1 >= backoff.maxAttempts()) {
                int count = left.values().stream().mapToInt(List::size).sum();
                throw new IllegalStateException(count + " items still unprocessed after " + backoff.maxAttempts() + " attempts");
            }
            backoff.pause(attempt);
        }
    }
}
