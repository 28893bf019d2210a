package io.claimscrub.x12;

/**
 * Segment tags packed into an int, so the reader can switch on a tag without building a String.
 * A 2- or 3-character tag packs its bytes big-endian; anything else packs to {@link #INVALID}.
 */
final class Tags {
    static final int INVALID = -1;

    static final int ISA = 'I' << 16 | 'S' << 8 | 'A';
    static final int IEA = 'I' << 16 | 'E' << 8 | 'A';
    static final int GS = 'G' << 8 | 'S';
    static final int GE = 'G' << 8 | 'E';
    static final int ST = 'S' << 8 | 'T';
    static final int SE = 'S' << 8 | 'E';
    static final int HL = 'H' << 8 | 'L';
    static final int PRV = 'P' << 16 | 'R' << 8 | 'V';
    static final int NM1 = 'N' << 16 | 'M' << 8 | '1';
    static final int SBR = 'S' << 16 | 'B' << 8 | 'R';
    static final int CLM = 'C' << 16 | 'L' << 8 | 'M';
    static final int DTP = 'D' << 16 | 'T' << 8 | 'P';
    static final int HI = 'H' << 8 | 'I';
    static final int LX = 'L' << 8 | 'X';
    static final int SV1 = 'S' << 16 | 'V' << 8 | '1';
    static final int NTE = 'N' << 16 | 'T' << 8 | 'E';
    static final int LIN = 'L' << 16 | 'I' << 8 | 'N';
    static final int SVD = 'S' << 16 | 'V' << 8 | 'D';
    static final int LQ = 'L' << 8 | 'Q';

    private Tags() {
    }

    /** Packs buf[start, end) as a tag: 2-3 upper-case letters or digits, starting with a letter. */
    static int pack(byte[] buf, int start, int end) {
        int len = end - start;
        if (len == 3) {
            int a = buf[start];
            int b = buf[start + 1];
            int c = buf[start + 2];
            return (TAG_CHAR[a & 0xff] & TAG_CHAR[b & 0xff] & TAG_CHAR[c & 0xff] & (TAG_CHAR[a & 0xff] >> 1)) != 0
                    ? a << 16 | b << 8 | c : INVALID;
        }
        if (len == 2) {
            int a = buf[start];
            int b = buf[start + 1];
            return (TAG_CHAR[a & 0xff] & TAG_CHAR[b & 0xff] & (TAG_CHAR[a & 0xff] >> 1)) != 0 ? a << 8 | b : INVALID;
        }
        return INVALID;
    }

    /** Per byte: bit 0 = may appear in a tag (A-Z, 0-9), bit 1 = may start one (A-Z). */
    private static final byte[] TAG_CHAR = new byte[256];

    static {
        for (int c = '0'; c <= '9'; c++) {
            TAG_CHAR[c] = 1;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            TAG_CHAR[c] = 3;
        }
    }
}
