package io.claimscrub.units;

import java.util.Objects;

/** One service given to the unit calculator: a procedure code and its minutes for the day. */
public record CodeMinutes(String code, int minutes) {
    public CodeMinutes {
        Objects.requireNonNull(code, "code");
        if (minutes < 0) {
            throw new IllegalArgumentException(code + ": minutes must not be negative");
        }
    }
}
