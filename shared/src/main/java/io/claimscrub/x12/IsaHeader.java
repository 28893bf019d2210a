package io.claimscrub.x12;

import java.nio.charset.StandardCharsets;

/**
 * Reads the delimiters from the fixed-length ISA header (106 bytes, terminator included). The ISA is
 * the one segment read by position, not by separator: that is how its delimiters are discovered.
 */
final class IsaHeader {
    /** Bytes in an ISA, from 'I' to the segment terminator included. */
    static final int LENGTH = 106;
    /** Fixed lengths of ISA01..ISA16. */
    private static final int[] ELEMENT_LENGTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    /** Offset of the separator before ISA01..ISA16 (index 0 = before ISA01). */
    private static final int[] SEPARATOR_OFFSETS = new int[ELEMENT_LENGTHS.length];

    static {
        int offset = 3;
        for (int i = 0; i < ELEMENT_LENGTHS.length; i++) {
            SEPARATOR_OFFSETS[i] = offset;
            offset += 1 + ELEMENT_LENGTHS[i];
        }
    }

    private IsaHeader() {
    }

    /**
     * Checks the ISA at buf[start] (which holds at least {@link #LENGTH} bytes from there) and returns
     * its delimiters; writes the element bounds into {@code bounds} as {@link Segment} expects.
     * Exception messages say what is wrong without the "ISA" prefix: the caller adds where.
     */
    static Delimiters parse(byte[] buf, int start, int[] bounds) throws X12SyntaxException {
        byte es = buf[start + 3];
        bounds[0] = start - 1;
        for (int i = 0; i < ELEMENT_LENGTHS.length; i++) {
            int from = start + SEPARATOR_OFFSETS[i] + 1;
            for (int p = from; p < from + ELEMENT_LENGTHS[i]; p++) {
                if (buf[p] == es) {
                    throw wrongLength(i + 1, p - from, es);
                }
            }
            int after = from + ELEMENT_LENGTHS[i];
            if (i + 1 < ELEMENT_LENGTHS.length && buf[after] != es) {
                throw wrongLength(i + 1, actualLength(buf, from, start + LENGTH, es), es);
            }
            bounds[i + 1] = from - 1;
        }
        bounds[ELEMENT_LENGTHS.length + 1] = start + LENGTH - 1;
        byte cs = buf[start + LENGTH - 2];
        byte term = buf[start + LENGTH - 1];
        checkDelimiter("element separator (byte 4)", es);
        checkDelimiter("component separator (ISA16)", cs);
        if (!isWhitespace(term)) {
            checkDelimiter("segment terminator (the byte after ISA16)", term);
        }
        if (cs == es || term == es || term == cs) {
            throw new X12SyntaxException("the element separator " + show(es) + ", component separator "
                    + show(cs) + " and segment terminator " + show(term) + " must all differ");
        }
        return new Delimiters(es, cs, repetition(buf, start, es, cs, term), term);
    }

    /**
     * The repetition separator: ISA11 from version 00402 on (before that ISA11 is a standards id),
     * unless it is a letter, digit, space or another delimiter, which cannot work as a separator.
     */
    private static int repetition(byte[] buf, int start, byte es, byte cs, byte term) {
        byte isa11 = buf[start + SEPARATOR_OFFSETS[10] + 1];
        String isa12 = new String(buf, start + SEPARATOR_OFFSETS[11] + 1, 5, StandardCharsets.US_ASCII);
        if (!hasRepetitionSeparator(isa12) || unusableRepetition(isa11, new Delimiters(es, cs, -1, term)) != null) {
            return -1;
        }
        return isa11;
    }

    /** Why an ISA11 byte cannot serve as the repetition separator, or null when it can. */
    static String unusableRepetition(byte isa11, Delimiters d) {
        if (isAlphanumeric(isa11)) {
            return "it is a letter or digit, which occurs in data";
        }
        if (isWhitespace(isa11)) {
            return "it is white space";
        }
        if (isa11 == d.element() || isa11 == d.component() || isa11 == d.segment()) {
            return "it is already the " + (isa11 == d.element() ? "element separator"
                    : isa11 == d.component() ? "component separator (ISA16)" : "segment terminator");
        }
        return null;
    }

    /** Whether ISA12 (interchange version) is 00402 or later, where ISA11 is the repetition separator. */
    static boolean hasRepetitionSeparator(String isa12) {
        return isa12.compareTo("00402") >= 0;
    }

    private static void checkDelimiter(String what, byte b) throws X12SyntaxException {
        if (isAlphanumeric(b) || b == ' ') {
            throw new X12SyntaxException("the " + what + " is " + show(b)
                    + "; a delimiter cannot be a letter, digit or space");
        }
    }

    private static X12SyntaxException wrongLength(int element, int actual, byte es) {
        return new X12SyntaxException(String.format(
                "ISA%02d must be exactly %d character%s but is %d (the ISA header is fixed-length, %d bytes, "
                        + "and its delimiters are read by position; element separator %s)",
                element, ELEMENT_LENGTHS[element - 1], ELEMENT_LENGTHS[element - 1] == 1 ? "" : "s", actual, LENGTH,
                show(es)));
    }

    private static int actualLength(byte[] buf, int from, int limit, byte es) {
        int p = from;
        while (p < limit && buf[p] != es) {
            p++;
        }
        return p - from;
    }

    static boolean isAlphanumeric(byte b) {
        return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** A delimiter for a message: the character in quotes, or its name when it is invisible. */
    static String show(int b) {
        switch (b) {
            case '\n': return "LF (line feed)";
            case '\r': return "CR (carriage return)";
            case '\t': return "TAB";
            case ' ': return "' ' (space)";
            default:
                return b >= 0x21 && b < 0x7f ? "'" + (char) b + "'" : String.format("byte 0x%02X", b & 0xff);
        }
    }
}
