package io.claimscrub.rules.modifier;

import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import java.util.ArrayList;
import java.util.List;

/** The discipline modifiers (GP, GO, GN) on a line. */
final class DisciplineModifiers {
    private DisciplineModifiers() {
    }

    static List<Discipline> on(ServiceLine line) {
        List<Discipline> found = new ArrayList<>(1);
        for (String modifier : line.modifiers()) {
            Discipline.fromModifier(modifier).ifPresent(found::add);
        }
        return found;
    }
}
