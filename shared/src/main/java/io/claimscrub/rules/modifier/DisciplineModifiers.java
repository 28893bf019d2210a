package io.claimscrub.rules.modifier;

import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.LineModifiers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The discipline modifiers (GP, GO, GN) on a line. */
final class DisciplineModifiers {
    /** The one-discipline answers, by Discipline.ordinal(): the usual line's answer allocates nothing. */
    private static final List<List<Discipline>> ALONE = Arrays.stream(Discipline.values()).map(List::of).toList();

    private DisciplineModifiers() {
    }

    /** In billed order: the scan for the rare line the bits cannot answer alone (see below). */
    private static List<Discipline> on(ServiceLine line) {
        List<Discipline> found = new ArrayList<>(2);
        for (String modifier : line.modifiers()) {
            Discipline discipline = Discipline.ofModifier(modifier);
            if (discipline != null) {
                found.add(discipline);
            }
        }
        return found;
    }

    /**
     * As {@link #on(ServiceLine)}, given the line's {@link LineModifiers} bits: the usual line, with at most
     * one discipline modifier, needs no scan of its modifiers.
     */
    static List<Discipline> on(ServiceLine line, int bits) {
        int disciplines = bits & LineModifiers.DISCIPLINES;
        if (Integer.bitCount(disciplines) > 1 || (bits & LineModifiers.REPEATED) != 0) {
            return on(line);
        }
        return disciplines == 0 ? List.of() : ALONE.get(Integer.numberOfTrailingZeros(disciplines));
    }
}
