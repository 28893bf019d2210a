package io.claimscrub.reference;

/** The shape of a CPT/HCPCS procedure code, used to tell data rows from title and header lines. */
public final class ProcedureCodes {
    private ProcedureCodes() {
    }

    /**
     * CPT: five digits, or four digits and a capital letter (Category II "F", III "T", PLA "U");
     * HCPCS Level II: a capital letter and four digits. Checked by hand, not by regex: it runs
     * twice per row of a multi-million-row CMS file.
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 5) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        char first = text.charAt(0);
        char last = text.charAt(4);
        return isDigit(first) ? isDigit(last) || isLetter(last) : isLetter(first) && isDigit(last);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
