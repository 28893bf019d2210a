package io.claimscrub.x12;

import io.claimscrub.model.Claim;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Parses numbers and dates straight from segment bytes, without building Strings first. */
final class Values {
    /** Returned by {@link #wholeNumber} for text that is not a plain non-negative whole number. */
    static final int NOT_A_NUMBER = -1;

    private Values() {
    }

    /** A non-negative whole number (digits only, at most 9 of them), or {@link #NOT_A_NUMBER}. */
    static int wholeNumber(byte[] b, int from, int to) {
        if (from >= to || to - from > 9) {
            return NOT_A_NUMBER;
        }
        int value = 0;
        for (int p = from; p < to; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                return NOT_A_NUMBER;
            }
            value = value * 10 + d;
        }
        return value;
    }

    static int wholeNumber(Segment s, int element) {
        return element > s.elementCount() ? NOT_A_NUMBER : wholeNumber(s.buffer(), s.start(element), s.end(element));
    }

    /** An X12 decimal (type R: optional minus, digits, optional point), or null when it is not one. */
    static BigDecimal decimal(byte[] b, int from, int to) {
        int p = from;
        boolean negative = p < to && b[p] == '-';
        if (negative) {
            p++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; p < to; p++) {
            byte c = b[p];
            if (c == '.' && scale < 0) {
                scale = 0;
            } else if (c >= '0' && c <= '9') {
                if (++digits > Claim.MAX_AMOUNT_DIGITS) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }


    /** Returned by {@link #cents} for a value that is not a decimal with at most two decimals. */
    static final long NOT_CENTS = Long.MIN_VALUE;

    /** An amount as whole cents (at most 2 decimals, at most 15 digits), or {@link #NOT_CENTS}. */
    static long cents(byte[] b, int from, int to) {
        int p = from;
        boolean negative = p < to && b[p] == '-';
        if (negative) {
            p++;
        }
        long value = 0;
        int digits = 0;
        int decimals = -1;
        for (; p < to; p++) {
            int d = b[p] - '0';
            if (b[p] == '.' && decimals < 0) {
                decimals = 0;
            } else if (d >= 0 && d <= 9 && ++digits <= 15 && decimals < 2) {
                value = value * 10 + d;
                if (decimals >= 0) {
                    decimals++;
                }
            } else {
                return NOT_CENTS;
            }
        }
        if (digits == 0) {
            return NOT_CENTS;
        }
        for (int k = Math.max(decimals, 0); k < 2; k++) {
            value *= 10;
        }
        return negative ? -value : value;
    }

    /** The number of digits after the decimal point in b[from, to) (0 when it has none). */
    static int decimals(byte[] b, int from, int to) {
        for (int p = from; p < to; p++) {
            if (b[p] == '.') {
                return to - p - 1;
            }
        }
        return 0;
    }

    /** Flag set by {@link #quantity} when the number has a non-zero fraction. */
    static final long FRACTION = 1L << 40;

    /**
     * A non-negative quantity (digits, optional point and decimals) as its whole part, with
     * {@link #FRACTION} set when the decimals are not all zero; -1 when it is not such a number or
     * does not fit an int.
     */
    static long quantity(byte[] b, int from, int to) {
        long whole = 0;
        int digits = 0;
        int p = from;
        for (; p < to && b[p] != '.'; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9 || ++digits > 10) {
                return -1;
            }
            whole = whole * 10 + d;
        }
        boolean fraction = false;
        if (p < to) {
            for (p++; p < to; p++) {
                int d = b[p] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                fraction |= d != 0;
                digits++;
            }
        }
        if (digits == 0 || whole > Integer.MAX_VALUE) {
            return -1;
        }
        return fraction ? whole | FRACTION : whole;
    }

    /** A CCYYMMDD date at b[from], or null when the 8 bytes are not a real calendar date. */
    static LocalDate date8(byte[] b, int from) {
        int year = wholeNumber(b, from, from + 4);
        int month = wholeNumber(b, from + 4, from + 6);
        int day = wholeNumber(b, from + 6, from + 8);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // e.g. February 30: a bad value in the file, reported by the caller
        }
    }
}
