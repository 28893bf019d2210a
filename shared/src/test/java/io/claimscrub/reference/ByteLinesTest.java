package io.claimscrub.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ByteLines must end lines exactly where BufferedReader.readLine does. */
class ByteLinesTest {
    @Test
    void sameLinesAsReadLine() throws IOException {
        String longLine = "x".repeat(200_000);
        for (String text : List.of("", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n", "\r\r\n\n", "a\r\n\r\nb",
                "caf\u00e9\t\u2013\n", longLine + "\r\n" + longLine, "tail\r")) {
            assertEquals(readLines(text), byteLines(new ByteArrayInputStream(bytes(text))), text.length() > 40 ? "long" : text);
        }
    }

    @Test
    void aCrLfSplitBetweenTwoReadsIsOneLineEnd() throws IOException {
        String text = "first\r\nsecond\r\n\r\nthird";
        InputStream oneByteAtATime = new ByteArrayInputStream(bytes(text)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertEquals(readLines(text), byteLines(oneByteAtATime));
    }

    private static List<String> byteLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteLines byteLines = new ByteLines(in);
        while (byteLines.next()) {
            lines.add(new String(byteLines.bytes(), byteLines.start(), byteLines.end() - byteLines.start(), StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static List<String> readLines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes(text)), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
