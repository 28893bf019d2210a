package io.claimscrub.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs the tokenizer over bytes and returns every segment as text: [tag, element 1, element 2, ...]. */
final class Tokens {
    private Tokens() {
    }

    static List<List<String>> of(byte[] bytes) throws X12SyntaxException {
        return of(new ByteArrayInputStream(bytes));
    }

    static List<List<String>> of(InputStream in) throws X12SyntaxException {
        try {
            SegmentReader reader = new SegmentReader(in);
            List<List<String>> segments = new ArrayList<>();
            for (Segment s = reader.next(); s != null; s = reader.next()) {
                List<String> elements = new ArrayList<>();
                for (int i = 0; i <= s.elementCount(); i++) {
                    elements.add(s.text(i));
                }
                segments.add(elements);
            }
            return segments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An InputStream that hands out at most {@code chunk} bytes per read, to exercise buffer refills. */
    static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }
}
