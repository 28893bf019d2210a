package io.claimscrub.x12;

/**
 * The HL01 ids of one transaction set, each with its HL03 level and its segment. Ids are whole
 * numbers (the 837P numbers its HLs 1, 2, 3...), so they sit in an open-addressing table of ints:
 * nothing is allocated per HL, only when the table doubles. Ids 1, 2, 3... take consecutive slots,
 * so a long transaction set walks the table in order instead of missing the cache at every HL.
 */
final class HierarchyIds {
    /** Keys are stored as id + 1, so 0 marks a free slot. */
    private static final int FREE = 0;

    private int[] keys = new int[16];
    private int[] levels = new int[16];
    private long[] ordinals = new long[16];
    private int size;

    /**
     * Records a non-negative {@code id}; returns the segment of an earlier HL with the same id (which
     * stays recorded), or 0.
     */
    long add(int id, int level, long ordinal) {
        int slot = slotOf(id);
        if (keys[slot] != FREE) {
            return ordinals[slot];
        }
        keys[slot] = id + 1;
        levels[slot] = level;
        ordinals[slot] = ordinal;
        if (++size * 4 > keys.length * 3) {
            grow();
        }
        return 0;
    }

    /** The HL03 level ({@link Codes}) of the HL with this id, or 0 when there is none (or id is negative). */
    int levelOf(int id) {
        if (id < 0) {
            return 0;
        }
        int slot = slotOf(id);
        return keys[slot] == FREE ? 0 : levels[slot];
    }

    /** The slot holding id, or the free slot where it belongs (linear probing; the table is at most 3/4 full). */
    private int slotOf(int id) {
        int key = id + 1;
        int mask = keys.length - 1;
        int slot = (key ^ key >>> 16) & mask; // the high bits folded in, so multiples of 65536 do not all collide
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldLevels = levels;
        long[] oldOrdinals = ordinals;
        keys = new int[oldKeys.length * 2];
        levels = new int[keys.length];
        ordinals = new long[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slotOf(oldKeys[i] - 1);
                keys[slot] = oldKeys[i];
                levels[slot] = oldLevels[i];
                ordinals[slot] = oldOrdinals[i];
            }
        }
    }
}
