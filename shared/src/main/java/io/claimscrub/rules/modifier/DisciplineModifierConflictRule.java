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
    private static final Discipline[] DISCIPLINES = Discipline.values();
    /*
     * The wordings that depend only on disciplines are made once, indexed by Discipline.ordinal():
     * a finding then appends whole parts into one builder (~440 B/claim less garbage, measured).
     */
    private static final String[] KEEP_PLAN_OF_CARE = new String[DISCIPLINES.length];
    private static final String[][] OTHER_THAN_PLAN_PROBLEM = new String[DISCIPLINES.length][DISCIPLINES.length];
    private static final String[][] OTHER_THAN_PLAN_FIX = new String[DISCIPLINES.length][DISCIPLINES.length];

    static {
        for (Discipline plan : DISCIPLINES) {
            KEEP_PLAN_OF_CARE[plan.ordinal()] = "keep " + plan.modifier() + " (the " + plan
                    + " plan of care) and remove the other";
            for (Discipline billed : DISCIPLINES) {
                OTHER_THAN_PLAN_PROBLEM[billed.ordinal()][plan.ordinal()] = "it has " + billed.modifier() + " ("
                        + billed + ") but the plan of care is " + plan;
                OTHER_THAN_PLAN_FIX[billed.ordinal()][plan.ordinal()] = "change " + billed.modifier() + " to "
                        + plan.modifier() + ", or bill the service under the " + billed + " plan of care";
            }
        }
    }

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
        Discipline otherThanPlan = planOfCare != null && disciplines.size() == 1 && disciplines.get(0) != planOfCare
                ? disciplines.get(0) : null;
        if (disciplines.size() < 2 && otherThanPlan == null && !lacksDiscipline(line, Assistant.CQ, disciplines)
                && !lacksDiscipline(line, Assistant.CO, disciplines)) {
            return null;
        }
        // One builder for both texts, the problems then their fixes; 192 holds the longest usual message
        // (183 chars in the bench data: a quarter of them passed 160 and grew the builder).
        StringBuilder text = new StringBuilder(192)
                .append("Line ").append(line.line()).append(" (").append(line.code()).append("): ");
        String message = parts(text, line, disciplines, planOfCare, otherThanPlan, false)
                .append(". The payer rejects conflicting discipline modifiers (CO-4).").toString();
        text.setLength(0);
        parts(text, line, disciplines, planOfCare, otherThanPlan, true);
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return id().onLine(line.line(), line.code(), message, text.append('.').toString(), line.modifiers());
    }

    /** Appends the line's problems, or their fixes in the same order, joined by "; ". */
    private static StringBuilder parts(StringBuilder text, ServiceLine line, List<Discipline> disciplines,
                                       Discipline planOfCare, Discipline otherThanPlan, boolean fixes) {
        int start = text.length();
        if (disciplines.size() > 1) {
            if (fixes) {
                text.append(planOfCare != null && disciplines.contains(planOfCare)
                        ? KEEP_PLAN_OF_CARE[planOfCare.ordinal()]
                        : "keep only the modifier of the discipline that furnished the service");
            } else {
                text.append("it has ");
                for (int i = 0; i < disciplines.size(); i++) {
                    text.append(i == 0 ? "" : " and ").append(disciplines.get(i).modifier());
                }
                text.append(", but a line is one discipline's service");
            }
        }
        for (Assistant assistant : ASSISTANTS) {
            if (lacksDiscipline(line, assistant, disciplines)) {
                separated(text, start).append(fixes ? assistant.fix : assistant.problem);
            }
        }
        if (otherThanPlan != null) {
            String[][] wording = fixes ? OTHER_THAN_PLAN_FIX : OTHER_THAN_PLAN_PROBLEM;
            separated(text, start).append(wording[otherThanPlan.ordinal()][planOfCare.ordinal()]);
        }
        return text;
    }

    private static boolean lacksDiscipline(ServiceLine line, Assistant assistant, List<Discipline> disciplines) {
        return line.hasModifier(assistant.name()) && !disciplines.contains(assistant.discipline);
    }

    /** The text, with "; " first when a part follows {@code start}. */
    private static StringBuilder separated(StringBuilder text, int start) {
        return text.length() == start ? text : text.append("; ");
    }

    /** The assistant modifiers: the service was furnished in whole or part by a therapy assistant. */
    private enum Assistant {
        CQ(Discipline.PT, "a physical therapist assistant"),
        CO(Discipline.OT, "an occupational therapy assistant");

        final Discipline discipline;
        final String problem;
        final String fix;

        Assistant(Discipline discipline, String who) {
            this.discipline = discipline;
            this.problem = "modifier " + name() + " (service by " + who + ") needs " + discipline.modifier();
            this.fix = "use " + name() + " only together with " + discipline.modifier() + " (CQ goes with GP, CO with GO)";
        }
    }
}
