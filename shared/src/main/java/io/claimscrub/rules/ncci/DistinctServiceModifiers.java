package io.claimscrub.rules.ncci;

import io.claimscrub.model.ServiceLine;
import java.util.List;

/**
 * The NCCI PTP-associated modifiers that mark a distinct service: 59 and the more specific
 * XE (separate encounter), XS (separate structure), XP (separate practitioner) and
 * XU (unusual non-overlapping service), which CMS introduced in 2015.
 */
public final class DistinctServiceModifiers {
    public static final List<String> ALL = List.of("59", "XE", "XS", "XP", "XU");

    private DistinctServiceModifiers() {
    }

    /** The distinct-service modifiers on the line, in billed order. */
    public static List<String> on(ServiceLine line) {
        List<String> modifiers = line.modifiers();
        int n = 0;
        for (int i = 0; i < modifiers.size(); i++) {
            n += is(modifiers.get(i)) ? 1 : 0;
        }
        if (n == modifiers.size()) {
            return modifiers;
        }
        String[] found = new String[n]; // counted first, so no array to trim
        for (int i = 0, k = 0; k < n; i++) {
            String modifier = modifiers.get(i);
            if (is(modifier)) {
                found[k++] = modifier;
            }
        }
        return List.of(found);
    }

    public static boolean any(ServiceLine line) {
        List<String> modifiers = line.modifiers();
        for (int i = 0; i < modifiers.size(); i++) {
            String modifier = modifiers.get(i);
            if (is(modifier)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the modifier is one of {@link #ALL}; asked for every modifier of every line. */
    public static boolean is(String modifier) {
        return switch (modifier) {
            case "59", "XE", "XS", "XP", "XU" -> true;
            default -> false;
        };
    }

    /** The modifier to suggest: XU where the payer prefers X modifiers, 59 elsewhere. */
    public static String suggested(boolean preferX) {
        return preferX ? "XU" : "59";
    }
}
