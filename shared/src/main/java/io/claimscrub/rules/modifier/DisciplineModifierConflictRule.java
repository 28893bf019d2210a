package io.claimscrub.rules.modifier;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Discipline modifiers that contradict each other or the plan of care (CO-4): two of GP/GO/GN on
 * one line, the assistant modifier CQ (PT assistant) without GP or CO (OT assistant) without GO,
 * or a line's discipline different from the plan of care's. One finding per line, naming every
 * problem on it.
 */
public final class DisciplineModifierConflictRule implements Rule {
    private static final Assistant[] ASSISTANTS = Assistant.values();

    @Override
    public RuleId id() {
        return RuleId.DISCIPLINE_MODIFIER_CONFLICT;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        Discipline planOfCare = context.claim().discipline();
        List<ServiceLine> lines = context.claim().lines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            Finding finding = check(line, DisciplineModifiers.on(line), planOfCare);
            if (finding != null) {
                findings.accept(finding);
            }
        }
    }

    /** The line's finding, or null; runs for every line, so a clean line allocates next to nothing. */
    private Finding check(ServiceLine line, List<Discipline> disciplines, Discipline planOfCare) {
        List<String> problems = new ArrayList<>(0);
        List<String> fixes = new ArrayList<>(0);
        if (disciplines.size() > 1) {
            StringBuilder both = new StringBuilder();
            for (Discipline discipline : disciplines) {
                both.append(both.length() == 0 ? "" : " and ").append(discipline.modifier());
            }
            problems.add("it has " + both + ", but a line is one discipline's service");
            fixes.add(planOfCare != null && disciplines.contains(planOfCare)
                    ? "keep " + planOfCare.modifier() + " (the " + planOfCare + " plan of care) and remove the other"
                    : "keep only the modifier of the discipline that furnished the service");
        }
        for (Assistant assistant : ASSISTANTS) {
            if (line.hasModifier(assistant.name()) && !disciplines.contains(assistant.discipline)) {
                problems.add("modifier " + assistant + " (service by " + assistant.who + ") needs "
                        + assistant.discipline.modifier());
                fixes.add("use " + assistant + " only together with " + assistant.discipline.modifier()
                        + " (CQ goes with GP, CO with GO)");
            }
        }
        if (planOfCare != null && disciplines.size() == 1 && disciplines.get(0) != planOfCare) {
            Discipline billed = disciplines.get(0);
            problems.add("it has " + billed.modifier() + " (" + billed + ") but the plan of care is " + planOfCare);
            fixes.add("change " + billed.modifier() + " to " + planOfCare.modifier() + ", or bill the service under the "
                    + billed + " plan of care");
        }
        if (problems.isEmpty()) {
            return null;
        }
        String message = "Line " + line.line() + " (" + line.code() + "): " + String.join("; ", problems)
                + ". The payer rejects conflicting discipline modifiers (CO-4).";
        String suggestion = capitalise(String.join("; ", fixes)) + ".";
        return id().onLine(line.line(), line.code(), message, suggestion, line.modifiers());
    }

    /** The assistant modifiers: the service was furnished in whole or part by a therapy assistant. */
    private enum Assistant {
        CQ(Discipline.PT, "a physical therapist assistant"),
        CO(Discipline.OT, "an occupational therapy assistant");

        final Discipline discipline;
        final String who;

        Assistant(Discipline discipline, String who) {
            this.discipline = discipline;
            this.who = who;
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
