package io.claimscrub.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines where {@link java.io.BufferedReader#readLine} would ({@code \n},
 * {@code \r} or {@code \r\n}), handing each line over as a range of a byte array, undecoded: the
 * NCCI PTP table (8,000 rows shipped, millions in a CMS quarter) is read without decoding and
 * splitting every line into Strings, which made loading it the costliest part of start-up.
 */
final class ByteLines {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    private int next;
    private int limit;
    private boolean skipLineFeed;
    private boolean ended;
    private int lineStart;
    private int lineEnd;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        int scanFrom = next;
        while (true) {
            if (skipLineFeed && next < limit) {
                skipLineFeed = false;
                if (buffer[next] == '\n') {
                    next++;
                    scanFrom = next;
                }
            }
            for (int i = scanFrom; i < limit; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    lineStart = next;
                    lineEnd = i;
                    next = i + 1;
                    skipLineFeed = b == '\r';
                    return true;
                }
            }
            if (ended) {
                if (next == limit) {
                    return false;
                }
                lineStart = next;
                lineEnd = limit;
                next = limit;
                return true;
            }
            scanFrom = limit - next;
            fill();
        }
    }

    byte[] bytes() {
        return buffer;
    }

    /** Where the current line starts in {@link #bytes()}. */
    int start() {
        return lineStart;
    }

    /** Where the current line ends in {@link #bytes()}, its terminator excluded. */
    int end() {
        return lineEnd;
    }

    /** Keeps the unread bytes, moved to the front (in a larger buffer if a line fills this one), and reads more. */
    private void fill() throws IOException {
        int unread = limit - next;
        if (unread == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else {
            System.arraycopy(buffer, next, buffer, 0, unread);
        }
        next = 0;
        limit = unread;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            ended = true;
        } else {
            limit += read;
        }
    }
}
