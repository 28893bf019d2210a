package io.claimscrub.rules.modifier;

import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
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

    /** Whether the line has any of GP, GO, GN. */
    static boolean any(ServiceLine line) {
        List<String> modifiers = line.modifiers();
        for (int i = 0; i < modifiers.size(); i++) {
            String modifier = modifiers.get(i);
            if (Discipline.ofModifier(modifier) != null) {
                return true;
            }
        }
        return false;
    }
}
