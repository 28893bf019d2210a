package io.claimscrub.rules.ncci;

import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.DateText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/** Wording shared by the modifier, NCCI and payer-policy rules' messages. */
public final class FindingText {
    private FindingText() {
    }

    /** "line 2" or "lines 2, 5". */
    public static String lines(Collection<ServiceLine> lines) {
        StringBuilder text = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
        int first = text.length();
        for (ServiceLine line : lines) {
            text.append(text.length() == first ? "" : ", ").append(line.line());
        }
        return text.toString();
    }

    /** "on 2026-11-02", or "on the same date of service" when the claim gives none. */
    public static String onDate(LocalDate date) {
        return date == null ? "on the same date of service" : DateText.on(date);
    }

    /** "1 unit", "2 units": an MUE or a payer cap of 1 is common (evaluations, group therapy). */
    public static String units(int units) {
        return units + (units == 1 ? " unit" : " units");
    }

    /** "$2,480.00". */
    public static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "$%,.2f", amount);
    }
}
