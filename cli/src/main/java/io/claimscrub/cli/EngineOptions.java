package io.claimscrub.cli;

import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.reference.ReferenceData;
import io.claimscrub.rules.StandardRules;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The options that shape the engine for check and scrub, and the engine they describe. */
final class EngineOptions {
    static final Set<String> VALUED = Set.of("--payers", "--default-profile", "--ncci-mue");
    /** CMS splits the practitioner PTP table into several files: give --ncci-ptp once for each. */
    static final Set<String> REPEATABLE = Set.of("--ncci-ptp");

    static final String USAGE = """
              --payers DIR           payer profile YAML files that add to or override the built-in ones
              --default-profile ID   profile for claims whose payer selects none (default: medicare)
              --ncci-ptp FILE        NCCI PTP edits in CMS's tab-delimited format, instead of the
                                     shipped therapy subset; once per file of a split quarter
              --ncci-mue FILE        NCCI practitioner MUE values in CMS's CSV format, likewise
            """;

    private EngineOptions() {
    }

    /** @throws UsageException when a profile directory, profile id or NCCI file cannot be used */
    static ScrubEngine engine(Args args) {
        return new ScrubEngine(profiles(args), reference(args), StandardRules.all());
    }

    /**
     * The same engine, built on background threads so that the caller can start reading input at
     * once: loading the built-in profiles, NCCI tables and vocabulary is most of a scrub's fixed
     * cost, and runs here on two threads (the NCCI tables apart from the YAML-based rest, which keeps
     * every Jackson user on one thread). Its {@code get} throws the UsageException {@link #engine}
     * would throw, the profiles' first as there.
     */
    static Supplier<ScrubEngine> engineInBackground(Args args) {
        Background<ReferenceData> reference = Background.start("ncci-load", () -> reference(args));
        // Arguments evaluate left to right: a bad profile option is reported before a bad NCCI one.
        return Background.start("engine-load", () -> new ScrubEngine(profiles(args), reference.get(), StandardRules.all()));
    }

    private static PayerProfiles profiles(Args args) {
        PayerProfiles profiles = PayerProfiles.builtIn();
        String dir = args.value("--payers").orElse(null);
        if (dir != null) {
            PayerProfiles base = profiles;
            profiles = checked("--payers", () -> base.withDirectory(Path.of(dir)));
        }
        String defaultId = args.value("--default-profile").orElse(null);
        if (defaultId != null) {
            PayerProfiles base = profiles;
            profiles = checked("--default-profile", () -> base.withDefault(defaultId));
        }
        return profiles;
    }

    private static ReferenceData reference(Args args) {
        List<Path> ptp = args.values("--ncci-ptp").stream().map(Path::of).toList();
        Path mue = args.value("--ncci-mue").map(Path::of).orElse(null);
        if (ptp.isEmpty() && mue == null) {
            return NcciFiles.builtIn();
        }
        return checked("--ncci-ptp/--ncci-mue", () -> NcciFiles.load(ptp, mue));
    }

    /** The engine's own one-line reasons for bad configuration, as usage errors naming the option. */
    private static <T> T checked(String option, Supplier<T> load) {
        try {
            return load.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UsageException(option + ": " + e.getMessage() + ": " + InputFiles.reason(e.getCause()));
        }
    }
}
