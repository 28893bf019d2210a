package io.claimscrub.functions.common;

import java.nio.charset.StandardCharsets;

/**
 * AWS's size limits on the key values the functions write and look up, in UTF-8 bytes: a value past
 * one is refused by S3 or DynamoDB with an error, so the functions check first and say why.
 */
public final class KeyLimits {
    /** S3's limit on an object key. */
    public static final int S3_KEY_BYTES = 1024;
    /** DynamoDB's limit on a sort key value (and a generous bound for the other key values we issue). */
    static final int DYNAMODB_SORT_KEY_BYTES = 1024;
    /** DynamoDB's limit on a partition key value, as the claimId index's. */
    static final int DYNAMODB_PARTITION_KEY_BYTES = 2048;

    private KeyLimits() {
    }

    /** Whether the text is at most {@code maxBytes} in UTF-8; a short text (3 bytes a char at most) is not encoded. */
    public static boolean fits(String text, long maxBytes) {
        return text.length() * 3L <= maxBytes || utf8Bytes(text) <= maxBytes;
    }

    static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
