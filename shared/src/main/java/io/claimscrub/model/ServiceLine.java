package io.claimscrub.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One billed service line.
 *
 * @param line          1-based line number: request order, or the 837 LX number
 * @param code          CPT/HCPCS procedure code
 * @param modifiers     procedure modifiers in billed order (upper case)
 * @param units         billed units; null when the line bills minutes instead (837 SV103 = MJ)
 * @param minutes       documented treatment minutes; null when unknown (never guessed)
 * @param charge        line charge; may be null
 * @param dateOfService the line's date of service (the claim's when the line has none); may be null
 * @param documentation the note behind the line; may be null
 */
public record ServiceLine(int line, String code, List<String> modifiers, Integer units, Integer minutes,
                          BigDecimal charge, LocalDate dateOfService, Documentation documentation) {
    /**
     * The most units or minutes either reader takes for a line: far above any therapy line, and low
     * enough that a date's sums stay far from int overflow (two lines of 2147483647 units once added up
     * to -2 billed units).
     */
    public static final int MAX_QUANTITY = 100_000;

    public ServiceLine {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    public boolean hasModifier(String modifier) {
        // Not List.contains: its equals call is shared by every list in the JVM, so megamorphic (~3 % of the engine).
        for (int i = 0; i < modifiers.size(); i++) {
            if (modifier.equals(modifiers.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Billed units, counting a minutes-billed line as zero units. */
    public int billedUnits() {
        return units == null ? 0 : units;
    }
}
