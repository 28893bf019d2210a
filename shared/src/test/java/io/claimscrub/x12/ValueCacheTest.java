package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.claimscrub.model.Payer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCacheTest {
    private final ValueCache cache = new ValueCache();

    /** The text placed at {@code at} in a buffer of {@code size} bytes, the rest filled with junk. */
    private static byte[] at(String text, int at, int size) {
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) '#');
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, b, at, t.length);
        return b;
    }

    private String text(String value, int at, int size) {
        return cache.text(at(value, at, size), at, at + value.length(), false);
    }

    @Test
    void sharesEqualValuesOfEveryKeyLengthWhereverTheyAreInTheBuffer() {
        for (String value : List.of("A", "GP", "97110", "12345678", "123456789", "1234567890123456",
                "12345678901234567", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")) {
            String first = text(value, 3, 64);
            assertEquals(value, first);
            assertSame(first, text(value, 20, 60));
            assertSame(first, text(value, 64 - value.length(), 64)); // ends at the buffer's end
        }
    }

    @Test
    void tellsApartKeysThatDifferOnlyInTheirLastByteOrLength() {
        for (String value : List.of("GP", "1234567A", "123456789012345A", "12345678901234567890A",
                "1234567890123456789012345678901A")) {
            String other = value.substring(0, value.length() - 1) + "B";
            assertEquals(other, text(other, 0, 64));
            assertEquals(value, text(value, 0, 64));
            assertEquals(other, text(other, 0, 64));
            assertEquals(value.substring(0, value.length() - 1), text(value.substring(0, value.length() - 1), 0, 64));
        }
    }

    @Test
    void keepsTheKindsApart() {
        byte[] b = at("go", 0, 16);
        assertEquals("go", cache.text(b, 0, 2, false));
        assertEquals("GO", cache.text(b, 0, 2, true));
        assertEquals("go", cache.text(b, 0, 2, false));
        byte[] n = at("12.50", 0, 16);
        assertEquals("12.50", cache.text(n, 0, 5, false));
        assertEquals(new ValueCache.Charge(new BigDecimal("12.50"), 1250), cache.charge(n, 0, 5));
        assertSame(cache.charge(n, 0, 5), cache.charge(at("12.50", 7, 16), 7, 12));
    }

    @Test
    void readsChargesWithTheirCents() {
        assertEquals(new ValueCache.Charge(new BigDecimal("97"), 9700), cache.charge(at("97", 0, 16), 0, 2));
        assertEquals(new ValueCache.Charge(new BigDecimal("-1.5"), -150), cache.charge(at("-1.5", 0, 16), 0, 4));
        assertEquals(new ValueCache.Charge(new BigDecimal("1.005"), Values.NOT_CENTS),
                cache.charge(at("1.005", 0, 16), 0, 5));
        assertNull(cache.charge(at("12A", 0, 16), 0, 3));
        assertNull(cache.charge(at("12A", 0, 16), 0, 0));
    }

    @Test
    void doesNotKeepKeysLongerThan32Bytes() {
        String value = "X".repeat(33);
        String first = text(value, 0, 64);
        assertEquals(value, first);
        assertNotSame(first, text(value, 0, 64));
    }

    @Test
    void staysCorrectWhenManyValuesCollide() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 50_000; i++) {
                String value = Integer.toString(i, 36);
                assertEquals(value, text(value, 0, 16));
            }
        }
    }

    @Test
    void readsDatesAndSharesThem() {
        LocalDate date = cache.date8(at("20240502", 0, 8), 0);
        assertEquals(LocalDate.of(2024, 5, 2), date);
        assertEquals(LocalDate.of(2024, 5, 3), cache.date8(at("20240503", 2, 16), 2));
        assertSame(date, cache.date8(at("20240502", 5, 16), 5));
        assertNull(cache.date8(at("20240230", 0, 8), 0));
        assertNull(cache.date8(at("2024050X", 0, 8), 0));
    }

    @Test
    void sharesPayersOfEqualValues() {
        Payer aetna = cache.payer("60054", "AETNA", "CI");
        assertEquals(new Payer("60054", "AETNA", null, "CI"), aetna);
        assertSame(aetna, cache.payer(new String("60054"), "AETNA", "CI"));
        assertEquals(new Payer("60054", "AETNA", null, "MB"), cache.payer("60054", "AETNA", "MB"));
        assertEquals(new Payer(null, "AETNA", null, null), cache.payer(null, "AETNA", null));
        for (int i = 0; i < 20; i++) {
            assertEquals("P" + i, cache.payer("P" + i, null, null).id());
        }
    }
}
