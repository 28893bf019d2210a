package io.claimscrub.reference;

import java.util.regex.Pattern;

/** The shape of a CPT/HCPCS procedure code, used to tell data rows from title and header lines. */
public final class ProcedureCodes {
    // CPT: five digits, or four digits and a letter (Category II "F", III "T", PLA "U");
    // HCPCS Level II: a letter and four digits.
    private static final Pattern CODE = Pattern.compile("[0-9]{4}[0-9A-Z]|[A-Z][0-9]{4}");

    private ProcedureCodes() {
    }

    public static boolean isWellFormed(String text) {
        return text != null && text.length() == 5 && CODE.matcher(text).matches();
    }
}
