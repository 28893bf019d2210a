package io.claimscrub.x12;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The X12 tokenizer: turns a byte stream into segments, one at a time, through a 64 KiB buffer (it
 * grows only for a segment longer than that, up to {@link #MAX_SEGMENT}). Delimiters come from each
 * ISA header, so every interchange in a file may use its own. Whitespace between segments (CR/LF
 * after a terminator, indentation) is skipped; a UTF-8 byte-order mark at the start is skipped.
 *
 * <p>Not thread-safe. The returned {@link Segment} is reused: it is valid until the next call.
 */
final class SegmentReader {
    static final int BUFFER_SIZE = 64 * 1024;
    /** Longest segment accepted: far above any real 837 segment, low enough to stop on junk. */
    static final int MAX_SEGMENT = 1 << 20;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private final InputStream in;
    private final Segment segment = new Segment();
    private byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int limit;
    private boolean eof;
    private long bytesRead;
    private long ordinal;
    private Delimiters delimiters;

    SegmentReader(InputStream in) {
        this.in = in;
    }

    /** Bytes taken from the stream so far. */
    long bytesRead() {
        return bytesRead;
    }

    /** Segments returned so far; also the ordinal of the last one. */
    long segmentCount() {
        return ordinal;
    }

    /**
     * The next segment, or null at the end of the stream.
     *
     * @throws X12SyntaxException when the stream cannot be tokenized from here on (the message starts
     *                            with "ISA" for a bad header); reading must stop
     */
    Segment next() throws IOException, X12SyntaxException {
        if (delimiters == null) {
            return first();
        }
        if (!skipWhitespace()) {
            return null;
        }
        if (buf[pos] == 'I' && atIsa()) {
            return isa("ISA at segment " + (ordinal + 1) + ": ");
        }
        return scan();
    }

    private Segment first() throws IOException, X12SyntaxException {
        ensure(4);
        if (limit == 0) {
            throw new X12SyntaxException("ISA: the file is empty");
        }
        int b0 = buf[0] & 0xff;
        int b1 = limit > 1 ? buf[1] & 0xff : -1;
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            throw new X12SyntaxException("ISA: the file is UTF-16 text (it starts with a UTF-16 byte-order mark);"
                    + " an X12 interchange must be single-byte text (ASCII or UTF-8)");
        }
        if (b0 == 0xEF && b1 == 0xBB && limit > 2 && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
        }
        if (limit - pos >= 2 && (buf[pos] == 0 || buf[pos + 1] == 0)) {
            throw new X12SyntaxException("ISA: the file looks like UTF-16 text (NUL bytes between the characters);"
                    + " an X12 interchange must be single-byte text (ASCII or UTF-8)");
        }
        if (!skipWhitespace()) {
            throw new X12SyntaxException("ISA: the file holds nothing but whitespace");
        }
        if (!atIsa()) {
            throw new X12SyntaxException("ISA: the file does not start with an ISA segment (its first bytes are "
                    + firstBytes() + "), so it is not an X12 interchange");
        }
        return isa("ISA: ");
    }

    private Segment isa(String where) throws IOException, X12SyntaxException {
        if (!ensure(IsaHeader.LENGTH)) {
            throw new X12SyntaxException(where + "the file ends inside the fixed-length ISA header ("
                    + (limit - pos) + " of " + IsaHeader.LENGTH + " bytes)");
        }
        try {
            delimiters = IsaHeader.parse(buf, pos, segment.bounds());
        } catch (X12SyntaxException e) {
            throw new X12SyntaxException(where + e.getMessage());
        }
        pos += IsaHeader.LENGTH;
        segment.set(buf, 16, ++ordinal, delimiters);
        return segment;
    }

    /**
     * The hot loop: find the element separators and the terminator of one segment. It looks at eight
     * bytes at a time (SWAR: one long compared against the separator and the terminator in every
     * byte lane at once), then byte by byte for the last few bytes in the buffer.
     */
    private Segment scan() throws IOException, X12SyntaxException {
        final byte es = delimiters.element();
        final byte term = delimiters.segment();
        final long esLanes = ONES * (es & 0xff);
        final long termLanes = ONES * (term & 0xff);
        int[] bounds = segment.bounds();
        int start = pos;
        int p = start;
        int n = 0;
        bounds[0] = start - 1;
        for (;;) {
            final byte[] data = buf;
            final int lim = limit;
            while (p <= lim - 8) {
                long word = (long) LONGS.get(data, p);
                long separators = zeroBytes(word ^ esLanes);
                long terminators = zeroBytes(word ^ termLanes);
                if (terminators != 0) {
                    int end = p + (Long.numberOfTrailingZeros(terminators) >>> 3);
                    separators &= (1L << ((end - p) << 3)) - 1; // only those before the terminator
                    for (; separators != 0; separators &= separators - 1) {
                        if (++n >= bounds.length - 1) {
                            bounds = segment.growBounds();
                        }
                        bounds[n] = p + (Long.numberOfTrailingZeros(separators) >>> 3);
                    }
                    return finish(n, end, end + 1);
                }
                for (; separators != 0; separators &= separators - 1) {
                    if (++n >= bounds.length - 1) {
                        bounds = segment.growBounds();
                    }
                    bounds[n] = p + (Long.numberOfTrailingZeros(separators) >>> 3);
                }
                p += 8;
            }
            while (p < lim) {
                byte c = data[p];
                if (c == term) {
                    return finish(n, p, p + 1);
                }
                if (c == es) {
                    if (++n >= bounds.length - 1) {
                        bounds = segment.growBounds();
                    }
                    bounds[n] = p;
                }
                p++;
            }
            if (eof) {
                return finish(n, p, p); // the last segment may lack its terminator
            }
            if (p - start > MAX_SEGMENT) {
                throw new X12SyntaxException("segment " + (ordinal + 1) + " has no segment terminator "
                        + IsaHeader.show(term) + " within " + (MAX_SEGMENT >> 20)
                        + " MiB: the delimiters declared by the ISA do not match the data");
            }
            int shift = pos;
            compactAndRead();
            if (shift > 0) {
                p -= shift;
                start -= shift;
                for (int k = 0; k <= n; k++) {
                    bounds[k] -= shift;
                }
            }
        }
    }

    /** A long with the high bit of each byte set where that byte of {@code v} is zero (exact, no borrow). */
    private static long zeroBytes(long v) {
        long t = (v & LOW7) + LOW7;
        return ~(t | v | LOW7);
    }

    private Segment finish(int elements, int end, int next) {
        segment.bounds()[elements + 1] = end;
        segment.set(buf, elements, ++ordinal, delimiters);
        pos = next;
        return segment;
    }

    private boolean atIsa() throws IOException {
        return ensure(4) && buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A'
                && !IsaHeader.isAlphanumeric(buf[pos + 3]);
    }

    /** Skips whitespace between segments; false at the end of the stream. */
    private boolean skipWhitespace() throws IOException {
        for (;;) {
            while (pos < limit) {
                if (!IsaHeader.isWhitespace(buf[pos])) {
                    return true;
                }
                pos++;
            }
            if (eof) {
                return false;
            }
            compactAndRead();
        }
    }

    /** Makes at least n bytes available from pos; false when the stream ends first. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            compactAndRead();
        }
        return true;
    }

    /** Moves the unread bytes to the front of the buffer (growing it when full) and reads more. */
    private void compactAndRead() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
            bytesRead += read;
        }
    }

    private String firstBytes() {
        StringBuilder sb = new StringBuilder();
        for (int i = pos; i < Math.min(limit, pos + 4); i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02X", buf[i] & 0xff));
        }
        return sb.toString();
    }
}
