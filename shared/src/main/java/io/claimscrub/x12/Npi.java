package io.claimscrub.x12;

/** The NPI check digit: Luhn over the 9 leading digits with the card-issuer prefix 80840. */
final class Npi {
    /** The Luhn sum of the prefix 80840 ("8" "0" "8" "4" "0" with every second digit doubled). */
    private static final int PREFIX_SUM = 24;

    private Npi() {
    }

    static boolean isValid(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        int sum = PREFIX_SUM;
        for (int i = 0; i < 9; i++) {
            int d = npi.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return npi.charAt(9) - '0' == (10 - sum % 10) % 10;
    }
}
