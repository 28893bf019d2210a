package io.claimscrub.local.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 837 fixtures under src/test/resources/fixtures, and a plain segment scan to count what is in them. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The segments of an 837, split by the delimiters its ISA declares (element separator at byte 3,
     * segment terminator at byte 105): the test's own reading, independent of the project's reader.
     */
    static List<String[]> segments(byte[] x12) {
        String text = new String(x12, StandardCharsets.ISO_8859_1);
        String element = String.valueOf(text.charAt(3));
        String terminator = String.valueOf(text.charAt(105));
        List<String[]> segments = new ArrayList<>();
        for (String segment : text.split(java.util.regex.Pattern.quote(terminator))) {
            String trimmed = segment.strip();
            if (!trimmed.isEmpty()) {
                segments.add(trimmed.split(java.util.regex.Pattern.quote(element), -1));
            }
        }
        return segments;
    }

    /** How many claims (CLM segments) the file holds. */
    static int claimCount(byte[] x12) {
        return (int) segments(x12).stream().filter(s -> s[0].equals("CLM")).count();
    }

    /** The claim ids (CLM01) in file order. */
    static List<String> claimIds(byte[] x12) {
        return segments(x12).stream().filter(s -> s[0].equals("CLM")).map(s -> s[1]).toList();
    }
}
