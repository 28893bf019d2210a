package io.claimscrub.units;

import java.util.List;

/**
 * The time-and-units view of a claim (response field {@code units}).
 *
 * @param totalTimedMinutes minutes of timed codes, all dates of service together
 * @param allowedUnits      timed units those minutes support (summed per date of service)
 * @param billedUnits       timed units billed
 */
public record UnitsSummary(UnitMethod method, int totalTimedMinutes, int allowedUnits, int billedUnits,
                           List<LineUnits> lines) {
    public UnitsSummary {
        lines = List.copyOf(lines);
    }
}
