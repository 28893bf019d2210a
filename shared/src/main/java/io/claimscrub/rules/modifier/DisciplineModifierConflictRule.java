package io.claimscrub.rules.modifier;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
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

    /** The line's finding, or null; runs for every line, so a clean line allocates nothing. */
    private Finding check(ServiceLine line, List<Discipline> disciplines, Discipline planOfCare) {
        Wording wording = null;
        if (disciplines.size() > 1) {
            wording = new Wording(line);
            wording.problem().append("it has ");
            for (int i = 0; i < disciplines.size(); i++) {
                wording.problems.append(i == 0 ? "" : " and ").append(disciplines.get(i).modifier());
            }
            wording.problems.append(", but a line is one discipline's service");
            wording.fix().append(planOfCare != null && disciplines.contains(planOfCare)
                    ? "keep " + planOfCare.modifier() + " (the " + planOfCare + " plan of care) and remove the other"
                    : "keep only the modifier of the discipline that furnished the service");
        }
        for (Assistant assistant : ASSISTANTS) {
            if (line.hasModifier(assistant.name()) && !disciplines.contains(assistant.discipline)) {
                wording = wording == null ? new Wording(line) : wording;
                wording.problem().append("modifier ").append(assistant).append(" (service by ").append(assistant.who)
                        .append(") needs ").append(assistant.discipline.modifier());
                wording.fix().append("use ").append(assistant).append(" only together with ")
                        .append(assistant.discipline.modifier()).append(" (CQ goes with GP, CO with GO)");
            }
        }
        if (planOfCare != null && disciplines.size() == 1 && disciplines.get(0) != planOfCare) {
            Discipline billed = disciplines.get(0);
            wording = wording == null ? new Wording(line) : wording;
            wording.problem().append("it has ").append(billed.modifier()).append(" (").append(billed)
                    .append(") but the plan of care is ").append(planOfCare);
            wording.fix().append("change ").append(billed.modifier()).append(" to ").append(planOfCare.modifier())
                    .append(", or bill the service under the ").append(billed).append(" plan of care");
        }
        if (wording == null) {
            return null;
        }
        String message = wording.problems.append(". The payer rejects conflicting discipline modifiers (CO-4).")
                .toString();
        StringBuilder fixes = wording.fixes;
        fixes.setCharAt(0, Character.toUpperCase(fixes.charAt(0)));
        return id().onLine(line.line(), line.code(), message, fixes.append('.').toString(), line.modifiers());
    }

    /** The message ("Line 2 (97110): " and the problems) and the suggestion, each part joined by "; ". */
    private static final class Wording {
        final StringBuilder problems = new StringBuilder(160);
        final StringBuilder fixes = new StringBuilder(120);
        final int problemsStart;

        Wording(ServiceLine line) {
            problems.append("Line ").append(line.line()).append(" (").append(line.code()).append("): ");
            problemsStart = problems.length();
        }

        StringBuilder problem() {
            return problems.length() == problemsStart ? problems : problems.append("; ");
        }

        StringBuilder fix() {
            return fixes.length() == 0 ? fixes : fixes.append("; ");
        }
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
}
