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
            StringBuilder modifiers = new StringBuilder();
            for (int i = 0; i < disciplines.size(); i++) {
                modifiers.append(i == 0 ? "" : " and ").append(disciplines.get(i).modifier());
            }
            String fix = planOfCare != null && disciplines.contains(planOfCare)
                    ? "Keep " + planOfCare.modifier() + " (the " + planOfCare + " plan of care) and remove the other"
                    : "Keep only the modifier of the discipline that furnished the service";
            wording = new Wording("it has " + modifiers + ", but a line is one discipline's service", fix);
        }
        for (Assistant assistant : ASSISTANTS) {
            if (line.hasModifier(assistant.name()) && !disciplines.contains(assistant.discipline)) {
                String needed = assistant.discipline.modifier();
                String problem = "modifier " + assistant + " (service by " + assistant.who + ") needs " + needed;
                String fix = "Use " + assistant + " only together with " + needed + " (CQ goes with GP, CO with GO)";
                wording = Wording.add(wording, problem, fix);
            }
        }
        if (planOfCare != null && disciplines.size() == 1 && disciplines.get(0) != planOfCare) {
            Discipline billed = disciplines.get(0);
            String problem = "it has " + billed.modifier() + " (" + billed + ") but the plan of care is " + planOfCare;
            String fix = "Change " + billed.modifier() + " to " + planOfCare.modifier()
                    + ", or bill the service under the " + billed + " plan of care";
            wording = Wording.add(wording, problem, fix);
        }
        if (wording == null) {
            return null;
        }
        String message = "Line " + line.line() + " (" + line.code() + "): " + wording.problems
                + ". The payer rejects conflicting discipline modifiers (CO-4).";
        return id().onLine(line.line(), line.code(), message, wording.fixes + ".", line.modifiers());
    }

    /**
     * The problems and the fixes found so far, each joined by "; ". A fix is worded to open the
     * suggestion, so one that follows another starts in lower case. Plain strings, not builders: a
     * line has one problem nearly always, and two builders per finding were ~12 % of a claim's bytes.
     */
    private record Wording(String problems, String fixes) {
        static Wording add(Wording wording, String problem, String fix) {
            if (wording == null) { // the usual finding: one problem, no joining
                return new Wording(problem, fix);
            }
            return new Wording(wording.problems + "; " + problem,
                    wording.fixes + "; " + Character.toLowerCase(fix.charAt(0)) + fix.substring(1));
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
