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
        return line.modifiers().stream().filter(ALL::contains).toList();
    }

    public static boolean any(ServiceLine line) {
        for (String modifier : line.modifiers()) {
            if (ALL.contains(modifier)) {
                return true;
            }
        }
        return false;
    }

    /** The modifier to suggest: XU where the payer prefers X modifiers, 59 elsewhere. */
    public static String suggested(boolean preferX) {
        return preferX ? "XU" : "59";
    }
}
