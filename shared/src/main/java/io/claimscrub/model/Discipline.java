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
        for (Discipline d : values()) {
            if (d.modifier.equals(modifier)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
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
