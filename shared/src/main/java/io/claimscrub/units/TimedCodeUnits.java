package io.claimscrub.units;

import io.claimscrub.model.ServiceLine;
import java.util.List;

/**
 * One timed code on one date of service, all its lines together: CMS and CPT both count a code's
 * minutes for the day as one.
 *
 * @param lines         the code's lines on that date, in claim order (more than one is itself a finding)
 * @param minutes       the code's minutes for the date; null when a line has none (unknown, never guessed)
 * @param billedUnits   units billed on its lines
 * @param billedInUnits false when a line bills minutes instead of units (837 SV103 MJ): the payer
 *                      converts them, so there are no billed units to check
 * @param expectedUnits units the minutes support under the payer's method; null when unknown
 */
public record TimedCodeUnits(String code, List<ServiceLine> lines, Integer minutes, int billedUnits,
                             boolean billedInUnits, Integer expectedUnits) {
    public TimedCodeUnits {
        lines = List.copyOf(lines);
    }

    /** The line a correction belongs on: the code's first line on the date. */
    public ServiceLine firstLine() {
        return lines.get(0);
    }

    /** Whether billed units can be held against expected units for this code. */
    public boolean verifiable() {
        return expectedUnits != null && billedInUnits;
    }
}
