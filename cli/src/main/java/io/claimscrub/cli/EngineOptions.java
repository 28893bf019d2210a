package io.claimscrub.cli;

import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.reference.ReferenceData;
import io.claimscrub.rules.StandardRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The options that shape the engine for check and scrub, and the engine they describe. */
final class EngineOptions {
    static final Set<String> OPTIONS = Set.of("--payers", "--default-profile", "--ncci-ptp", "--ncci-mue");

    static final String USAGE = """
              --payers DIR           payer profile YAML files that add to or override the built-in ones
              --default-profile ID   profile for claims whose payer selects none
              --ncci-ptp FILE        NCCI PTP edits in CMS's tab-delimited format (with --ncci-mue)
              --ncci-mue FILE        NCCI MUE values in CMS's CSV format (with --ncci-ptp)
            """;

    private EngineOptions() {
    }

    static ScrubEngine engine(Args args) {
        return new ScrubEngine(profiles(args), reference(args), StandardRules.all());
    }

    private static PayerProfiles profiles(Args args) {
        args.value("--payers").ifPresent(dir -> {
            if (!Files.isDirectory(Path.of(dir))) {
                throw new UsageException("--payers " + dir + ": not a directory");
            }
        });
        return PayerProfiles.builtIn();
    }

    private static ReferenceData reference(Args args) {
        return NcciFiles.builtIn();
    }
}
