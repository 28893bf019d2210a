package io.claimscrub.model;

import java.util.Locale;
import java.util.Optional;

/** Therapy discipline, with the CMS discipline modifier that identifies it on a claim line. */
public enum Discipline {
    PT("GP"), OT("GO"), SLP("GN");

    private final String modifier;

    Discipline(String modifier) {
        this.modifier = modifier;
    }

    /** The discipline modifier (GP, GO or GN) CMS expects on this discipline's therapy lines. */
    public String modifier() {
        return modifier;
    }

    public static Optional<Discipline> fromModifier(String modifier) {
        return Optional.ofNullable(ofModifier(modifier));
    }

    /** The discipline whose modifier this is, or null: for per-line checks that want no Optional. */
    public static Discipline ofModifier(String modifier) {
        if (modifier == null) {
            return null;
        }
        // Asked for every modifier of every line: a switch hashes once (the hash is cached) where a loop ran three equals.
        return switch (modifier) {
            case "GP" -> PT;
            case "GO" -> OT;
            case "GN" -> SLP;
            default -> null;
        };
    }

    /** Accepts PT, OT, SLP and the common spelling ST for speech therapy, in any case. */
    public static Optional<Discipline> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("ST") || t.equals("SP")) {
            return Optional.of(SLP);
        }
        for (Discipline d : values()) {
            if (d.name().equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
