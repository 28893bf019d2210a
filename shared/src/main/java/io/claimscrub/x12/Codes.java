package io.claimscrub.x12;

/**
 * Short code values (1-3 characters: qualifiers, level codes, unit bases) packed into an int with
 * their length, so the loops compare an element with a code without building a String.
 */
final class Codes {
    static final int NONE = -1;

    static final int BILLING_PROVIDER_LEVEL = of("20");
    static final int SUBSCRIBER_LEVEL = of("22");
    static final int PATIENT_LEVEL = of("23");
    static final int BILLING_PROVIDER = of("85");
    static final int RENDERING_PROVIDER = of("82");
    static final int PAYER = of("PR");
    static final int NPI = of("XX");
    static final int BILLING_TAXONOMY = of("BI");
    static final int PERFORMING_TAXONOMY = of("PE");
    static final int SERVICE_DATE = of("472");
    static final int DATE = of("D8");
    static final int DATE_RANGE = of("RD8");
    static final int MINUTES = of("MJ");
    static final int UNITS = of("UN");
    static final int ADDITIONAL_NOTE = of("ADD");

    private Codes() {
    }

    /** The packed form of a 1-3 character ASCII code. */
    static int of(String code) {
        int packed = code.length() << 24;
        for (int i = 0; i < code.length(); i++) {
            packed |= (code.charAt(i) & 0xff) << 8 * (2 - i);
        }
        return packed;
    }

    /** The packed form of buf[from, to): 0 when empty, {@link #NONE} when longer than 3 bytes. */
    static int of(byte[] buf, int from, int to) {
        switch (to - from) {
            case 0: return 0;
            case 1: return 1 << 24 | (buf[from] & 0xff) << 16;
            case 2: return 2 << 24 | (buf[from] & 0xff) << 16 | (buf[from + 1] & 0xff) << 8;
            case 3: return 3 << 24 | (buf[from] & 0xff) << 16 | (buf[from + 1] & 0xff) << 8 | buf[from + 2] & 0xff;
            default: return NONE;
        }
    }
}
