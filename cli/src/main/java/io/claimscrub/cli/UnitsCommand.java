package io.claimscrub.cli;

import io.claimscrub.json.ClaimJson;
import io.claimscrub.units.CodeMinutes;
import io.claimscrub.units.UnitCalculation;
import io.claimscrub.units.UnitCalculator;
import io.claimscrub.units.UnitMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code units}: the unit calculator on the command line. */
final class UnitsCommand {
    static final String USAGE = """
            usage: claimscrub units [--method cms|ama] [--format json|table] CODE=MINUTES...

            Billable units for the minutes of each code on one date of service, one entry per code
            in the order given (a code given twice is one service, its minutes added up). Untimed
            codes are one unit and their minutes do not count toward the timed total.

            options:
              --method cms|ama       cms (default): CMS 8-minute rule on the day's total timed minutes;
                                     ama: AMA/CPT rule of eights, each code on its own
              --format json|table    json (default): one line, e.g.
                                     {"method":"CMS","totalTimedMinutes":47,"totalUnits":3,"lines":[...]}
                                     table: for people
            """;

    private static final Pattern CODE_MINUTES = Pattern.compile("([A-Za-z0-9]{5})=(\\S*)");

    private final Streams streams;

    UnitsCommand(Streams streams) {
        this.streams = streams;
    }

    int run(List<String> argv) throws IOException {
        Args args = Args.parse(argv, Set.of("--help"), Set.of("--method", "--format"));
        if (args.flag("--help")) {
            streams.out().write(USAGE.getBytes(StandardCharsets.UTF_8));
            return Main.OK;
        }
        String method = args.choice("--method", List.of("cms", "ama"), "cms");
        String format = args.choice("--format", List.of("json", "table"), "json");
        List<CodeMinutes> services = services(args.operands());
        for (String code : UnitCalculator.unknownCodes(services)) {
            streams.err().println("claimscrub: units: warning: " + code
                    + " is not in the therapy code table; counted as a timed 15-minute code");
        }
        UnitCalculation calculation = UnitCalculator.calculate(UnitMethod.valueOf(method.toUpperCase(Locale.ROOT)), services);
        String text = format.equals("json") ? ClaimJson.write(calculation) + "\n" : table(calculation);
        streams.out().write(text.getBytes(StandardCharsets.UTF_8));
        return Main.OK;
    }

    private static List<CodeMinutes> services(List<String> operands) {
        if (operands.isEmpty()) {
            throw new UsageException("give at least one CODE=MINUTES, e.g. 97110=23 (try --help)");
        }
        List<CodeMinutes> services = new ArrayList<>();
        for (String operand : operands) {
            Matcher m = CODE_MINUTES.matcher(operand);
            if (!m.matches()) {
                throw new UsageException("\"" + operand + "\": expected CODE=MINUTES with a 5-character code, e.g. 97110=23");
            }
            if (!m.group(2).matches("\\d{1,4}")) {
                throw new UsageException(operand + ": minutes must be a whole number from 0 to 9999");
            }
            services.add(new CodeMinutes(m.group(1).toUpperCase(Locale.ROOT), Integer.parseInt(m.group(2))));
        }
        return services;
    }

    private static String table(UnitCalculation calculation) {
        StringBuilder out = new StringBuilder("method " + calculation.method() + ": "
                + calculation.totalTimedMinutes() + " timed minutes, " + Plural.units(calculation.totalUnits()) + "\n");
        out.append(String.format("%-6s %7s %5s\n", "code", "minutes", "units"));
        for (UnitCalculation.Line line : calculation.lines()) {
            out.append(String.format("%-6s %7d %5d\n", line.code(), line.minutes(), line.units()));
        }
        return out.toString();
    }
}
