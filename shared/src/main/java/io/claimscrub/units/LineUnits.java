package io.claimscrub.units;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Units of one service line: what was billed beside what the minutes support.
 *
 * @param expectedUnits units the minutes support under the method; null when the minutes are unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineUnits(int line, String code, Integer minutes, Integer billedUnits, Integer expectedUnits,
                        Boolean timed) {
}
