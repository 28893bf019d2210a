package io.claimscrub.x12;

import io.claimscrub.model.Payer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Shares the objects made from values that repeat from claim to claim (procedure and diagnosis
 * composites, codes, modifiers, payer ids, taxonomies, line charges with their cents, dates of
 * service, payers), so a large file does not cost a new String or BigDecimal for each occurrence. A
 * fixed-size table keyed by the raw bytes (and what they were read as), two-way: a key sits in its
 * slot or the one next to it, and a third key there replaces one of them, so memory stays bounded
 * whatever the file holds. Two ways rather than one stop a few colliding keys from evicting each
 * other claim after claim (a fifth of the stores and ~5 % of the reader's allocation, measured on the
 * bench files). One per reader (not thread-safe).
 */
final class ValueCache {
    /** An SV101 composite already read: its code and modifiers. */
    record Procedure(String code, List<String> modifiers) {
    }

    /** A line charge already read: its amount, and the same in cents ({@link Values#NOT_CENTS} if more than 2 decimals). */
    record Charge(BigDecimal amount, long cents) {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SLOT_BITS = 13;
    private static final int SLOTS = 1 << SLOT_BITS;
    private static final int MAX_KEY_LENGTH = 32;
    /** Keys up to this long are compared as two packed longs; longer ones also by their bytes. */
    private static final int PACKED_KEY_LENGTH = 16;
    private static final int TEXT = 1;
    private static final int UPPER_TEXT = 2;
    private static final int CHARGE = 3;
    private static final int PROCEDURE = 4;
    private static final int DATE = 5;
    private static final int DIAGNOSIS = 6;

    /**
     * A cached value and its key: kind, variant (component separator) and length packed in tag, the
     * first 16 bytes as two little-endian longs (zero-padded), the whole key only when longer. Hashing
     * and comparing two words (one unaligned load each) instead of each byte is most of a ~9 % gain of
     * the reader (measured A/B; packing the words byte by byte gave ~5 %).
     */
    private record Entry(int tag, long first, long second, byte[] longKey, Object value) {
    }

    private final Entry[] entries = new Entry[SLOTS];
    /** Payers made lately, reused round-robin: a subscriber's payer is mostly one of a few. */
    private final Payer[] payers = new Payer[8];
    private int nextPayer;
    /** The lines of a claim mostly share one date: the last one is kept aside, saving a table look-up. */
    private long lastDateKey;
    private LocalDate lastDate;
    /** The packed key of the last {@link #slotOf} call. */
    private long first;
    private long second;

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

    /**
     * An SV102 line charge (see {@link Values#decimal}), or null when b[from, to) is not a number.
     * Its cents come with it, so a repeated charge is not parsed again for the CLM02 check.
     */
    Charge charge(byte[] b, int from, int to) {
        Object cached = find(CHARGE, 0, b, from, to);
        if (cached != null) {
            return (Charge) cached;
        }
        BigDecimal amount = Values.decimal(b, from, to);
        if (amount == null) {
            return null;
        }
        Charge charge = new Charge(amount, Values.cents(b, from, to));
        store(CHARGE, 0, b, from, to, charge);
        return charge;
    }

    /** The SV101 composite b[from, to) if it was read (cleanly) before with this component separator. */
    Procedure procedure(byte[] b, int from, int to, byte componentSeparator) {
        return (Procedure) find(PROCEDURE, componentSeparator & 0xff, b, from, to);
    }

    void rememberProcedure(byte[] b, int from, int to, byte componentSeparator, Procedure procedure) {
        store(PROCEDURE, componentSeparator & 0xff, b, from, to, procedure);
    }

    /** The code of the HI composite b[from, to) if it was read (as a diagnosis) before with this component separator. */
    String diagnosis(byte[] b, int from, int to, byte componentSeparator) {
        return (String) find(DIAGNOSIS, componentSeparator & 0xff, b, from, to);
    }

    void rememberDiagnosis(byte[] b, int from, int to, byte componentSeparator, String code) {
        store(DIAGNOSIS, componentSeparator & 0xff, b, from, to, code);
    }

    /** A CCYYMMDD date at b[from] (see {@link Values#date8}), or null when it is not a real date. */
    LocalDate date8(byte[] b, int from) {
        long key = word(b, from, 8);
        if (lastDate != null && key == lastDateKey) {
            return lastDate;
        }
        LocalDate date = (LocalDate) find(DATE, 0, b, from, from + 8);
        if (date == null) {
            date = Values.date8(b, from);
            if (date == null) {
                return null;
            }
            store(DATE, 0, b, from, from + 8, date);
        }
        lastDateKey = key;
        lastDate = date;
        return date;
    }

    /** A payer of these values (see {@link Payer}), the same object as a recent one with equal values. */
    Payer payer(String id, String name, String filingIndicator) {
        for (Payer p : payers) {
            if (p != null && Objects.equals(p.id(), id) && Objects.equals(p.name(), name)
                    && Objects.equals(p.filingIndicator(), filingIndicator)) {
                return p;
            }
        }
        Payer payer = new Payer(id, name, null, filingIndicator);
        payers[nextPayer] = payer;
        nextPayer = (nextPayer + 1) % payers.length;
        return payer;
    }

    private Object find(int kind, int variant, byte[] b, int from, int to) {
        int length = to - from;
        if (length > MAX_KEY_LENGTH) {
            return null;
        }
        int tag = tag(kind, variant, length);
        int slot = slotOf(tag, b, from, length);
        Entry e = entries[slot];
        if (!holds(e, tag, b, from, to)) {
            e = entries[slot ^ 1];
            if (!holds(e, tag, b, from, to)) {
                return null;
            }
        }
        return e.value;
    }

    /** Whether e is the entry of the key last packed by {@link #slotOf}. */
    private boolean holds(Entry e, int tag, byte[] b, int from, int to) {
        return e != null && e.tag == tag && e.first == first && e.second == second
                && (to - from <= PACKED_KEY_LENGTH || Arrays.equals(e.longKey, 0, to - from, b, from, to));
    }

    private void store(int kind, int variant, byte[] b, int from, int to, Object value) {
        int length = to - from;
        if (length > MAX_KEY_LENGTH) {
            return;
        }
        int tag = tag(kind, variant, length);
        int slot = slotOf(tag, b, from, length);
        if (entries[slot] != null) {
            slot ^= 1;
        }
        entries[slot] = new Entry(tag, first, second,
                length <= PACKED_KEY_LENGTH ? null : Arrays.copyOfRange(b, from, to), value);
    }

    /** The slot of a key; also leaves its first 16 bytes packed in {@link #first} and {@link #second}. */
    private int slotOf(int tag, byte[] b, int from, int length) {
        first = word(b, from, Math.min(length, 8));
        second = length <= 8 ? 0 : word(b, from + 8, Math.min(length - 8, 8));
        long h = (first + tag) * 0x9E3779B97F4A7C15L ^ second * 0xC2B2AE3D27D4EB4FL;
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h >>> (64 - SLOT_BITS));
    }

    /** b[from, from + length) (length 0-8) packed little-endian into a long, zero above the last byte. */
    static long word(byte[] b, int from, int length) {
        if (length <= 0) {
            return 0;
        }
        if (from + 8 <= b.length) {
            long word = (long) LONGS.get(b, from);
            return length == 8 ? word : word & (1L << (length << 3)) - 1;
        }
        long word = 0;
        for (int k = length - 1; k >= 0; k--) {
            word = word << 8 | b[from + k] & 0xff;
        }
        return word;
    }

    private static int tag(int kind, int variant, int length) {
        return kind << 16 | variant << 8 | length;
    }
}
