package io.claimscrub.reference;

import java.util.Objects;

/** The NCCI tables the code-pairing and unit rules read. */
public record ReferenceData(PtpTable ptp, MueTable mue) {
    public ReferenceData {
        Objects.requireNonNull(ptp);
        Objects.requireNonNull(mue);
    }
}
