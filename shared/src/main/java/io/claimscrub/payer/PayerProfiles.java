package io.claimscrub.payer;

import io.claimscrub.model.Payer;

/** The payer profiles known to the engine, and the choice of one for a claim. */
public final class PayerProfiles {
    // TODO(helper): built-in YAML profiles, --payers DIR overlay, payer-id map, SBR09 fallback, default.

    public static PayerProfiles builtIn() {
        return new PayerProfiles();
    }

    /** The profile for a claim's payer; an explicitly named unknown profile is an IllegalArgumentException. */
    public PayerProfile select(Payer payer) {
        throw new UnsupportedOperationException("TODO(helper)");
    }
}
