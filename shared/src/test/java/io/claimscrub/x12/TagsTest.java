package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TagsTest {
    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isTagChar(int c) {
        return isUpper(c) || c >= '0' && c <= '9';
    }

    @Test
    void packsEveryTwoAndThreeByteTagAndOnlyThose() {
        byte[] buf = new byte[4];
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                buf[1] = (byte) a;
                buf[2] = (byte) b;
                boolean valid = isUpper(a) && isTagChar(b);
                assertEquals(valid ? a << 8 | b : Tags.INVALID, Tags.pack(buf, 1, 3));
                for (int c = 0; c < 256; c++) {
                    buf[3] = (byte) c;
                    assertEquals(valid && isTagChar(c) ? a << 16 | b << 8 | c : Tags.INVALID, Tags.pack(buf, 1, 4));
                }
            }
        }
    }

    @Test
    void packsNoOtherLength() {
        byte[] buf = "HLSV1ISAX".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(Tags.HL, Tags.pack(buf, 0, 2));
        assertEquals(Tags.SV1, Tags.pack(buf, 2, 5));
        assertEquals(Tags.INVALID, Tags.pack(buf, 0, 1));
        assertEquals(Tags.INVALID, Tags.pack(buf, 5, 9));
        assertEquals(Tags.INVALID, Tags.pack(buf, 0, 0));
    }
}
