package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.json.ClaimJson;
import io.claimscrub.json.InvalidClaimException;
import io.claimscrub.model.Claim;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code check}: scrubs one claim given as request JSON and prints the response. */
final class CheckCommand {
    static final String USAGE = """
            usage: claimscrub check [options] FILE.json|-

            Scrubs one claim given as request JSON (SPEC §4; - reads stdin) and prints the response.

            options:
              --format json|table    json (default): the response object on one line; table: for people
            """ + EngineOptions.USAGE;

    private static final List<String> FORMATS = List.of("json", "table");

    private final Streams streams;

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    int run(List<String> argv) throws IOException {
        Set<String> valued = new HashSet<>(EngineOptions.VALUED);
        valued.add("--format");
        Args args = Args.parse(argv, Set.of("--help"), valued, EngineOptions.REPEATABLE);
        if (args.flag("--help")) {
            streams.out().write(USAGE.getBytes(StandardCharsets.UTF_8));
            return Main.OK;
        }
        String format = args.choice("--format", FORMATS, "json");
        if (args.operands().size() != 1) {
            throw new UsageException("give one request file, or - for stdin (try --help)");
        }
        Claim claim = read(args.operands().get(0));
        ScrubEngine engine = EngineOptions.engine(args);
        ClaimResult result;
        try {
            result = engine.scrub(claim);
        } catch (IllegalArgumentException e) {
            // the request names a payer profile that does not exist
            throw new UsageException(e.getMessage());
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8));
        if (format.equals("json")) {
            out.write(ClaimJson.write(result));
            out.write('\n');
        } else {
            ClaimTable.writeSummary(out, result);
            if (result.units() != null) {
                ClaimTable.writeUnits(out, result.units());
            }
            ClaimTable.writeFindings(out, result);
        }
        out.flush();
        return Main.OK;
    }

    private Claim read(String name) throws IOException {
        try (InputStream in = InputFiles.open(name, streams.in())) {
            return ClaimJson.readRequest(in);
        } catch (InvalidClaimException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
