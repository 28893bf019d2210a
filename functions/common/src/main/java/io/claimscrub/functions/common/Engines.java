package io.claimscrub.functions.common;

import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.reference.ReferenceData;
import io.claimscrub.rules.StandardRules;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The scrub engine a function uses, built once per container from its configuration. */
public final class Engines {
    private Engines() {
    }

    /**
     * The built-in profiles, plus those of PAYER_PROFILES_DIR when set, with DEFAULT_PAYER_PROFILE as
     * the default; the NCCI tables of NCCI_PTP_FILES and NCCI_MUE_FILE, each the shipped subset when
     * unset; every standard rule. A bad profile directory, an unknown default or a bad NCCI file fails
     * here, at cold start, rather than on the first claim: an IllegalArgumentException whose one-line
     * message names the variable, the file and the line (no claim data).
     */
    public static ScrubEngine create(FunctionConfig config) {
        PayerProfiles profiles = PayerProfiles.builtIn();
        if (config.payerProfilesDir() != null) {
            PayerProfiles base = profiles;
            profiles = checked(FunctionConfig.PAYER_PROFILES_DIR, () -> base.withDirectory(Path.of(config.payerProfilesDir())));
        }
        PayerProfiles configured = profiles;
        profiles = checked(FunctionConfig.DEFAULT_PAYER_PROFILE, () -> configured.withDefault(config.defaultPayerProfile()));
        return new ScrubEngine(profiles, reference(config), StandardRules.all());
    }

    private static ReferenceData reference(FunctionConfig config) {
        List<Path> ptp = config.ncciPtpFiles().stream().map(Path::of).toList();
        Path mue = config.ncciMueFile() == null ? null : Path.of(config.ncciMueFile());
        if (ptp.isEmpty() && mue == null) {
            return NcciFiles.builtIn();
        }
        return checked(FunctionConfig.NCCI_PTP_FILES + "/" + FunctionConfig.NCCI_MUE_FILE, () -> NcciFiles.load(ptp, mue));
    }

    /** The engine's own reasons, prefixed with the variable to change; an I/O failure keeps its cause's reason. */
    private static <T> T checked(String variable, Supplier<T> load) {
        try {
            return load.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage() + ": " + e.getCause(), e);
        }
    }
}
