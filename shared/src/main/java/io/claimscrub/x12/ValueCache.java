package io.claimscrub.x12;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Shares the objects made from values that repeat from claim to claim (procedure composites, codes,
 * modifiers, payer ids, taxonomies, charges, dates of service), so a large file does not cost a new
 * String or BigDecimal for each occurrence. A fixed-size table keyed by the raw bytes (and what they
 * were read as): a collision just replaces the entry, so memory stays bounded whatever the file
 * holds. One per reader (not thread-safe).
 */
final class ValueCache {
    /** An SV101 composite already read: its code and modifiers. */
    record Procedure(String code, List<String> modifiers) {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SLOTS = 8192;
    private static final int MAX_KEY_LENGTH = 32;
    private static final int TEXT = 1;
    private static final int UPPER_TEXT = 2;
    private static final int DECIMAL = 3;
    private static final int PROCEDURE = 4;

    /** Keys of up to 8 bytes packed into a long; longer keys kept as arrays. */
    private final long[] packedKeys = new long[SLOTS];
    private final byte[][] longKeys = new byte[SLOTS][];
    /** kind, variant (component separator) and key length of each slot; 0 for an empty slot. */
    private final int[] tags = new int[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private long lastPacked;
    private long lastDateKey;
    private LocalDate lastDate;

    /** The text of b[from, to), upper-cased (ASCII letters) when asked. */
    String text(byte[] b, int from, int to, boolean upperCase) {
        if (from == to) {
            return "";
        }
        int kind = upperCase ? UPPER_TEXT : TEXT;
        Object cached = find(kind, 0, b, from, to);
        if (cached != null) {
            return (String) cached;
        }
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (upperCase) {
            s = s.toUpperCase(Locale.ROOT);
        }
        store(kind, 0, b, from, to, s);
        return s;
    }

    /** The element's text (cached as above), or null when it is absent or empty. */
    String textOrNull(Segment s, int element, boolean upperCase) {
        return s.isEmpty(element) ? null : text(s.buffer(), s.start(element), s.end(element), upperCase);
    }

    /** An X12 decimal (see {@link Values#decimal}), or null when b[from, to) is not one. */
    BigDecimal decimal(byte[] b, int from, int to) {
        Object cached = find(DECIMAL, 0, b, from, to);
        if (cached != null) {
            return (BigDecimal) cached;
        }
        BigDecimal value = Values.decimal(b, from, to);
        if (value != null) {
            store(DECIMAL, 0, b, from, to, value);
        }
        return value;
    }

    /** The SV101 composite b[from, to) if it was read (cleanly) before with this component separator. */
    Procedure procedure(byte[] b, int from, int to, byte componentSeparator) {
        return (Procedure) find(PROCEDURE, componentSeparator & 0xff, b, from, to);
    }

    void rememberProcedure(byte[] b, int from, int to, byte componentSeparator, Procedure procedure) {
        store(PROCEDURE, componentSeparator & 0xff, b, from, to, procedure);
    }

    /** A CCYYMMDD date at b[from] (see {@link Values#date8}); consecutive equal dates share one object. */
    LocalDate date8(byte[] b, int from) {
        long key = (long) LONGS.get(b, from);
        if (lastDate != null && key == lastDateKey) {
            return lastDate;
        }
        LocalDate date = Values.date8(b, from);
        if (date != null) {
            lastDateKey = key;
            lastDate = date;
        }
        return date;
    }

    private Object find(int kind, int variant, byte[] b, int from, int to) {
        int length = to - from;
        if (length > MAX_KEY_LENGTH) {
            return null;
        }
        int slot = slotOf(kind, variant, b, from, to);
        if (tags[slot] != tag(kind, variant, length)) {
            return null;
        }
        boolean same = length <= 8 ? packedKeys[slot] == lastPacked : Arrays.equals(longKeys[slot], 0, length, b, from, to);
        return same ? values[slot] : null;
    }

    private void store(int kind, int variant, byte[] b, int from, int to, Object value) {
        int length = to - from;
        if (length > MAX_KEY_LENGTH) {
            return;
        }
        int slot = slotOf(kind, variant, b, from, to);
        tags[slot] = tag(kind, variant, length);
        packedKeys[slot] = lastPacked;
        longKeys[slot] = length <= 8 ? null : Arrays.copyOfRange(b, from, to);
        values[slot] = value;
    }

    /** The slot of a key; also leaves its first 8 bytes packed in {@link #lastPacked}. */
    private int slotOf(int kind, int variant, byte[] b, int from, int to) {
        long packed = 0;
        int hash = kind * 31 + variant;
        for (int p = from; p < to; p++) {
            hash = 31 * hash + b[p];
            packed = packed << 8 | (b[p] & 0xff);
        }
        lastPacked = packed;
        return (hash ^ hash >>> 13) & (SLOTS - 1);
    }

    private static int tag(int kind, int variant, int length) {
        return kind << 16 | variant << 8 | length;
    }
}
