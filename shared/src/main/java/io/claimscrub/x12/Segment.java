package io.claimscrub.x12;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One segment as a view into the {@link SegmentReader}'s buffer, valid until the reader's next call.
 * Elements are numbered as in the X12 guides: 0 is the tag, 1 is the first data element (NM101...).
 * Nothing is copied until a caller asks for text, so elements nobody reads cost nothing.
 */
final class Segment {
    private byte[] buf;
    /** bounds[i] = position of the separator before element i (bounds[0] = start - 1); bounds[count + 1] = end. */
    private int[] bounds = new int[64];
    private int count;
    private int tag;
    private long ordinal;
    private Delimiters delimiters;

    /** Called by the reader: element i spans (bounds[i], bounds[i + 1]). */
    void set(byte[] buf, int count, long ordinal, Delimiters delimiters) {
        this.buf = buf;
        this.count = count;
        this.ordinal = ordinal;
        this.delimiters = delimiters;
        this.tag = Tags.pack(buf, bounds[0] + 1, bounds[1]);
    }

    int[] bounds() {
        return bounds;
    }

    int[] growBounds() {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
        return bounds;
    }

    /** The packed tag ({@link Tags}), or {@link Tags#INVALID} when it is not a 2-3 character X12 tag. */
    int tag() {
        return tag;
    }

    /** 1-based position of this segment in the file. */
    long ordinal() {
        return ordinal;
    }

    Delimiters delimiters() {
        return delimiters;
    }

    /** Number of data elements after the tag (trailing empty ones included). */
    int elementCount() {
        return count;
    }

    int start(int i) {
        return bounds[i] + 1;
    }

    int end(int i) {
        return bounds[i + 1];
    }

    byte[] buffer() {
        return buf;
    }

    int length(int i) {
        return i > count ? 0 : bounds[i + 1] - bounds[i] - 1;
    }

    boolean isEmpty(int i) {
        return length(i) == 0;
    }

    /** The element's text, or "" when the segment does not have it. */
    String text(int i) {
        return i > count ? "" : text(bounds[i] + 1, bounds[i + 1]);
    }

    /** The element's text, or null when it is absent or empty. */
    String textOrNull(int i) {
        return isEmpty(i) ? null : text(i);
    }

    String text(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** The tag as text, for messages. */
    String tagText() {
        return text(0);
    }

    /** Element i as a packed code ({@link Codes}): 0 when empty or absent, {@link Codes#NONE} when too long. */
    int code(int i) {
        return i > count ? 0 : Codes.of(buf, bounds[i] + 1, bounds[i + 1]);
    }

    /** buf[from, to) as a packed code ({@link Codes}). */
    int code(int from, int to) {
        return Codes.of(buf, from, to);
    }

    /** Whether element i is exactly the ASCII text {@code value}. */
    boolean is(int i, String value) {
        return length(i) == value.length() && equals(bounds[i] + 1, bounds[i + 1], value);
    }

    /** Whether buf[from, to) is exactly the ASCII text {@code value}. */
    boolean equals(int from, int to, String value) {
        if (to - from != value.length()) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (buf[from + k] != value.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether buf[from, to) is non-empty and only ASCII letters and digits. */
    boolean isAlphanumeric(int from, int to) {
        for (int p = from; p < to; p++) {
            if (!IsaHeader.isAlphanumeric(buf[p])) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Splits element i at the component separator: on return, out[0] = start - 1, out[k] = the
     * separator after component k, out[n] = end. Returns n, the number of components (1 for a simple
     * element, 0 for an absent one). Components beyond out.length - 2 stay inside the last one.
     */
    int components(int i, int[] out) {
        if (i > count) {
            return 0;
        }
        int from = bounds[i] + 1;
        int to = bounds[i + 1];
        byte cs = delimiters.component();
        int n = 0;
        out[0] = from - 1;
        for (int p = from; p < to && n < out.length - 2; p++) {
            if (buf[p] == cs) {
                out[++n] = p;
            }
        }
        out[++n] = to;
        return n;
    }
}
