package io.claimscrub.x12;

import io.claimscrub.model.ServiceLine;

/**
 * The line-note convention for treatment minutes: a 2400 {@code NTE*ADD} whose text holds
 * {@code MIN=<n>} or {@code MINUTES=<n>} (any case, spaces allowed around '='), e.g.
 * {@code NTE*ADD*THEREX MIN=23}. The keyword must start a word, so "ADMIN=2" does not count.
 */
final class MinutesNote {
    /** No MIN= / MINUTES= in the text. */
    static final int ABSENT = -1;
    /** The keyword is there but no whole number of minutes from 0 to {@link #MAX_MINUTES} follows it. */
    static final int MALFORMED = -2;
    private static final int MAX_MINUTES = ServiceLine.MAX_QUANTITY;

    private MinutesNote() {
    }

    /** The minutes in b[from, to), or {@link #ABSENT} / {@link #MALFORMED}. */
    static int minutes(byte[] b, int from, int to) {
        for (int p = from; p + 3 <= to; p++) {
            if ((p == from || !IsaHeader.isAlphanumeric(b[p - 1])) && matches(b, p, to, "MIN")) {
                int q = p + 3;
                if (matches(b, q, to, "UTES")) {
                    q += 4;
                }
                q = skipSpaces(b, q, to);
                if (q < to && b[q] == '=') {
                    return number(b, skipSpaces(b, q + 1, to), to);
                }
            }
        }
        return ABSENT;
    }

    private static int number(byte[] b, int p, int to) {
        int value = 0;
        int start = p;
        while (p < to && b[p] >= '0' && b[p] <= '9') {
            value = value * 10 + (b[p] - '0');
            if (value > MAX_MINUTES) {
                return MALFORMED;
            }
            p++;
        }
        // "MIN=12.5" is not 12: a fraction is no whole number (a full stop after it is, "MIN=12.")
        boolean fraction = p + 1 < to && b[p] == '.' && b[p + 1] >= '0' && b[p + 1] <= '9';
        return p == start || fraction ? MALFORMED : value;
    }

    private static boolean matches(byte[] b, int p, int to, String upper) {
        if (p + upper.length() > to) {
            return false;
        }
        for (int k = 0; k < upper.length(); k++) {
            if ((b[p + k] & 0xDF) != upper.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(byte[] b, int p, int to) {
        while (p < to && b[p] == ' ') {
            p++;
        }
        return p;
    }
}
