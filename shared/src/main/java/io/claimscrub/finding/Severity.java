package io.claimscrub.finding;

/** How sure a finding is to cost money. */
public enum Severity {
    /** The claim or line will be rejected or denied as billed. */
    ERROR,
    /** A real denial risk that a person should look at. */
    WARNING,
    /** Worth knowing; not a denial by itself. */
    INFO
}
