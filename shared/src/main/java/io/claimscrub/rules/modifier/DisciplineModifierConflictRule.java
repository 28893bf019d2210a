package io.claimscrub.rules.modifier;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.MessageTemplate;
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
    private static final MessageTemplate MESSAGE =
            MessageTemplate.of("Line {} ({}): {}. The payer rejects conflicting discipline modifiers (CO-4).");
    private static final MessageTemplate SEVERAL =
            MessageTemplate.of("it has {}, but a line is one discipline's service");
    private static final MessageTemplate KEEP_PLAN_OF_CARE =
            MessageTemplate.of("Keep {} (the {} plan of care) and remove the other");
    private static final String KEEP_ONE = "Keep only the modifier of the discipline that furnished the service";
    private static final MessageTemplate ASSISTANT_ALONE = MessageTemplate.of("modifier {} (service by {}) needs {}");
    private static final MessageTemplate ASSISTANT_WITH =
            MessageTemplate.of("Use {} only together with {} (CQ goes with GP, CO with GO)");
    private static final MessageTemplate NOT_PLAN_OF_CARE =
            MessageTemplate.of("it has {} ({}) but the plan of care is {}");
    private static final MessageTemplate CHANGE =
            MessageTemplate.of("Change {} to {}, or bill the service under the {} plan of care");
    private static final MessageTemplate SUGGESTION = MessageTemplate.of("{}.");

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
                    ? KEEP_PLAN_OF_CARE.fill(planOfCare.modifier(), planOfCare) : KEEP_ONE;
            wording = new Wording(SEVERAL.fill(modifiers.toString()), fix);
        }
        for (Assistant assistant : ASSISTANTS) {
            if (line.hasModifier(assistant.name()) && !disciplines.contains(assistant.discipline)) {
                String needed = assistant.discipline.modifier();
                wording = Wording.add(wording, ASSISTANT_ALONE.fill(assistant, assistant.who, needed),
                        ASSISTANT_WITH.fill(assistant, needed));
            }
        }
        if (planOfCare != null && disciplines.size() == 1 && disciplines.get(0) != planOfCare) {
            Discipline billed = disciplines.get(0);
            wording = Wording.add(wording, NOT_PLAN_OF_CARE.fill(billed.modifier(), billed, planOfCare),
                    CHANGE.fill(billed.modifier(), planOfCare.modifier(), billed));
        }
        if (wording == null) {
            return null;
        }
        return id().onLine(line.line(), line.code(), MESSAGE.fill(line.line(), line.code(), wording.problems),
                SUGGESTION.fill(wording.fixes), line.modifiers());
    }

    /**
     * The problems and the fixes found so far, each joined by "; ". A fix is worded to open the
     * suggestion, so one that follows another starts in lower case.
     */
    private record Wording(String problems, String fixes) {
        static Wording add(Wording wording, String problem, String fix) {
            if (wording == null) { // the usual finding: one problem, no joining
                return new Wording(problem, fix);
            }
            return new Wording(String.join("; ", wording.problems, problem),
                    String.join("; ", wording.fixes, Character.toLowerCase(fix.charAt(0)) + fix.substring(1)));
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
