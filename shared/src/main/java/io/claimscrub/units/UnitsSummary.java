package io.claimscrub.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The time-and-units view of a claim (response field {@code units}).
 *
 * @param totalTimedMinutes minutes of timed codes, all dates of service together; null (written as
 *                          JSON null) when a timed line has no minutes: the total is unknown
 * @param allowedUnits      timed units those minutes support (summed per date of service); null when
 *                          a timed line has no minutes, because they are never guessed
 * @param billedUnits       timed units billed
 */
@JsonPropertyOrder({"method", "totalTimedMinutes", "allowedUnits", "billedUnits", "lines"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UnitsSummary(UnitMethod method, Integer totalTimedMinutes, Integer allowedUnits, int billedUnits,
                           List<LineUnits> lines) {
    public UnitsSummary {
        lines = List.copyOf(lines);
    }
}
