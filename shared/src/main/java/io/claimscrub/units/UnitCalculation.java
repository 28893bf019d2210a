package io.claimscrub.units;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The unit calculator's answer (SPEC §4, {@code ./claimscrub units}), serialised as
 * {@code {"method":"CMS","totalTimedMinutes":47,"totalUnits":3,"lines":[{"code":"97112","minutes":24,"units":2},...]}}.
 *
 * @param totalTimedMinutes minutes of the timed codes only
 * @param totalUnits        units of every line together (timed units plus one per untimed code)
 * @param lines             one entry per distinct code, in the order first given
 */
@JsonPropertyOrder({"method", "totalTimedMinutes", "totalUnits", "lines"})
public record UnitCalculation(UnitMethod method, int totalTimedMinutes, int totalUnits, List<Line> lines) {
    public UnitCalculation {
        lines = List.copyOf(lines);
    }

    /** One code: its minutes for the day (all given entries added up) and the units they give. */
    @JsonPropertyOrder({"code", "minutes", "units"})
    public record Line(String code, int minutes, int units) {
    }
}
