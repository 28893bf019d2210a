package io.claimscrub.functions.common;

import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.rules.StandardRules;
import java.nio.file.Path;

/** The scrub engine a function uses, built once per container from its configuration. */
public final class Engines {
    private Engines() {
    }

    /**
     * The built-in profiles, plus those of PAYER_PROFILES_DIR when set, with DEFAULT_PAYER_PROFILE as
     * the default; the shipped NCCI tables; every standard rule. A bad profile directory or an unknown
     * default fails here, at cold start, rather than on the first claim.
     */
    public static ScrubEngine create(FunctionConfig config) {
        PayerProfiles profiles = PayerProfiles.builtIn();
        if (config.payerProfilesDir() != null) {
            profiles = profiles.withDirectory(Path.of(config.payerProfilesDir()));
        }
        return new ScrubEngine(profiles.withDefault(config.defaultPayerProfile()), NcciFiles.builtIn(), StandardRules.all());
    }
}
