package io.claimscrub.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's parsed arguments. Options are {@code --name value}, {@code --name=value} or a bare
 * {@code --flag}; {@code --} ends the options; a lone {@code -} is an operand (stdin).
 */
final class Args {
    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Args() {
    }

    /**
     * @param flags   options that take no value
     * @param valued  options that take one value
     * @throws UsageException on an unknown option, a missing value, or an option given twice
     */
    static Args parse(List<String> argv, Set<String> flags, Set<String> valued) {
        return parse(argv, flags, valued, Set.of());
    }

    /** As {@link #parse(List, Set, Set)}, with some valued options that may be given more than once. */
    static Args parse(List<String> argv, Set<String> flags, Set<String> valued, Set<String> repeatable) {
        Args args = new Args();
        boolean optionsEnded = false;
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                args.operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value;
            if (flags.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                value = "";
            } else if (valued.contains(name) || repeatable.contains(name)) {
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < argv.size()) {
                    value = argv.get(++i);
                } else {
                    throw new UsageException(name + " needs a value");
                }
            } else {
                throw new UsageException("unknown option " + name + " (try --help)");
            }
            List<String> given = args.values.computeIfAbsent(name, n -> new ArrayList<>());
            if (!given.isEmpty() && !repeatable.contains(name)) {
                throw new UsageException(name + " given twice");
            }
            given.add(value);
        }
        return args;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    Optional<String> value(String name) {
        return values(name).stream().findFirst();
    }

    /** Every value of a repeatable option, in the order given. */
    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * The value of an option restricted to a set of lower-case choices, or the default when absent.
     * Case does not matter: the output names the method "CMS", so "--method CMS" is what people type.
     */
    String choice(String name, List<String> choices, String defaultValue) {
        String given = value(name).orElse(defaultValue);
        String value = given.toLowerCase(Locale.ROOT);
        if (!choices.contains(value)) {
            throw new UsageException(name + " must be one of " + String.join(", ", choices) + ", got \"" + given + "\"");
        }
        return value;
    }

    List<String> operands() {
        return operands;
    }
}
