package io.claimscrub.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Units of one service line: what was billed beside what the minutes support.
 *
 * @param minutes       documented minutes; absent when unknown
 * @param billedUnits   billed units; absent when the line bills minutes (837 SV103 MJ)
 * @param expectedUnits units the minutes support under the method: for a timed code, its units for
 *                      the date (on its first line when it is split over several; 0 on the others);
 *                      1 for an untimed therapy code; absent when the minutes are unknown or the
 *                      code is not a therapy code
 * @param timed         whether the code is a timed (15-minute) therapy code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "code", "minutes", "billedUnits", "expectedUnits", "timed"})
public record LineUnits(int line, String code, Integer minutes, Integer billedUnits, Integer expectedUnits,
                        boolean timed) {
}
