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

    /** In billed order; runs for every line, so the usual zero or one modifier costs no list building. */
    static List<Discipline> on(ServiceLine line) {
        Discipline first = null;
        List<Discipline> more = null;
        List<String> modifiers = line.modifiers();
        for (int i = 0; i < modifiers.size(); i++) {
            String modifier = modifiers.get(i);
            Discipline discipline = Discipline.ofModifier(modifier);
            if (discipline == null) {
                continue;
            }
            if (first == null) {
                first = discipline;
            } else {
                if (more == null) {
                    more = new ArrayList<>(3);
                    more.add(first);
                }
                more.add(discipline);
            }
        }
        return more != null ? more : first != null ? ALONE.get(first.ordinal()) : List.of();
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
