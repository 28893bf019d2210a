package io.claimscrub.functions.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A dropped file's id: the first 96 bits of SHA-256 over bucket, key and ETag, in hex. The same
 * object delivered twice gets the same id (so the second delivery is recognised); the same key
 * overwritten with other content gets a new one.
 */
public final class FileId {
    private static final int HEX_LENGTH = 24;

    private FileId() {
    }

    public static String of(String bucket, String key, String etag) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // NUL separators: no bucket/key/ETag split can collide with another.
            String text = bucket + '\0' + key + '\0' + unquote(etag);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** True for a string shaped like an id (so a route can answer 404 without a lookup). */
    public static boolean looksValid(String text) {
        return text != null && text.length() == HEX_LENGTH && text.chars().allMatch(c -> Character.digit(c, 16) >= 0
                && !Character.isUpperCase(c));
    }

    /** S3 quotes ETags in HTTP headers but not in event notifications; compare them bare. */
    public static String unquote(String etag) {
        if (etag == null) {
            return null;
        }
        String e = etag.trim();
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }
}
