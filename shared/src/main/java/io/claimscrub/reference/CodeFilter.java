package io.claimscrub.reference;

import java.util.Collection;

/**
 * A set of five-character codes that answers "maybe" or a sure "no" from one bit per code's
 * {@link CodeMap#key(String)} (a Bloom filter of 512 bits and one hash): cheaper than a look-up,
 * so a look-up is only made for a "maybe". Codes that do not pack are left out: ask the table.
 */
final class CodeFilter {
    private final long[] bits = new long[8];

    CodeFilter(Collection<String> codes) {
        for (String code : codes) {
            int key = CodeMap.key(code);
            if (key >= 0) {
                int bit = bit(key);
                bits[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** False when the code (by its key, not -1) is surely not in the set. */
    boolean mayContain(int key) {
        int bit = bit(key);
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    /** The top 9 bits of the key's Fibonacci hash: 0-511. */
    private static int bit(int key) {
        return key * 0x9E3779B9 >>> 23;
    }
}
