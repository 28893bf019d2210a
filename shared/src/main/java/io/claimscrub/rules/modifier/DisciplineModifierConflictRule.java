package io.claimscrub.rules.modifier;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.LineModifiers;
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
    private static final String CONSEQUENCE = ". The payer rejects conflicting discipline modifiers (CO-4).";
    /*
     * A line with at most one discipline modifier (every finding in the bench data) has texts that depend
     * only on its discipline, the plan's and the assistants lacking theirs: made once, by
     * [discipline or NONE][plan or NONE][lacking], so a finding is one concatenation (with the one-scan
     * assistant check, ~616 B and ~0.5 us less per bench claim, measured).
     */
    private static final int NONE = DISCIPLINES.length;
    private static final Texts[][][] ONE_DISCIPLINE = new Texts[NONE + 1][NONE + 1][1 << ASSISTANTS.length];

    static {
        for (int billed = 0; billed <= NONE; billed++) {
            for (int plan = 0; plan <= NONE; plan++) {
                for (int lacking = 0; lacking < 1 << ASSISTANTS.length; lacking++) {
                    List<Discipline> disciplines = billed == NONE ? List.of() : List.of(DISCIPLINES[billed]);
                    ONE_DISCIPLINE[billed][plan][lacking] = texts(disciplines, plan == NONE ? null : DISCIPLINES[plan],
                            lacking);
                }
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
            int bits = LineModifiers.of(context, i);
            Finding finding = check(line, DisciplineModifiers.on(line, bits), planOfCare, lackingDiscipline(bits));
            if (finding != null) {
                findings.accept(finding);
            }
        }
    }

    /** The line's finding, or null; runs for every line, so a clean line allocates nothing. */
    private Finding check(ServiceLine line, List<Discipline> disciplines, Discipline planOfCare, int lacking) {
        if (disciplines.size() < 2 && otherThanPlan(disciplines, planOfCare) == null && lacking == 0) {
            return null;
        }
        Discipline billed = disciplines.isEmpty() ? null : disciplines.get(0);
        Texts texts = disciplines.size() > 1 ? texts(disciplines, planOfCare, lacking)
                : ONE_DISCIPLINE[indexOf(billed)][indexOf(planOfCare)][lacking];
        String message = "Line " + line.line() + " (" + line.code() + "): " + texts.problems;
        return id().onLine(line.line(), line.code(), message, texts.fixes, line.modifiers());
    }

    private static int indexOf(Discipline discipline) {
        return discipline == null ? NONE : discipline.ordinal();
    }

    /** The line's one discipline when it is not the plan of care's, or null. */
    private static Discipline otherThanPlan(List<Discipline> disciplines, Discipline planOfCare) {
        return planOfCare != null && disciplines.size() == 1 && disciplines.get(0) != planOfCare
                ? disciplines.get(0) : null;
    }

    /** A bit per {@link Assistant#ordinal()}: the assistant modifiers on the line without their discipline's. */
    private static int lackingDiscipline(int bits) {
        int lacking = 0;
        for (Assistant assistant : ASSISTANTS) {
            if ((bits & assistant.bit) != 0 && (bits & LineModifiers.bitOf(assistant.discipline)) == 0) {
                lacking |= 1 << assistant.ordinal();
            }
        }
        return lacking;
    }

    /** The message after "Line 1 (97110): " and the suggestion. */
    private static Texts texts(List<Discipline> disciplines, Discipline planOfCare, int lacking) {
        Discipline otherThanPlan = otherThanPlan(disciplines, planOfCare);
        String problems = parts(new StringBuilder(), disciplines, planOfCare, otherThanPlan, lacking, false)
                .append(CONSEQUENCE).toString();
        StringBuilder fixes = parts(new StringBuilder(), disciplines, planOfCare, otherThanPlan, lacking, true);
        if (!fixes.isEmpty()) {
            fixes.setCharAt(0, Character.toUpperCase(fixes.charAt(0)));
        }
        return new Texts(problems, fixes.append('.').toString());
    }

    /** Appends the line's problems, or their fixes in the same order, joined by "; ". */
    private static StringBuilder parts(StringBuilder text, List<Discipline> disciplines, Discipline planOfCare,
                                       Discipline otherThanPlan, int lacking, boolean fixes) {
        if (disciplines.size() > 1 && oneDiscipline(disciplines)) {
            String modifier = disciplines.get(0).modifier();
            text.append(fixes ? "send " + modifier + " once"
                    : "it has " + modifier + " more than once, but a line carries its discipline modifier once");
        } else if (disciplines.size() > 1) {
            if (fixes) {
                text.append(planOfCare == null || !disciplines.contains(planOfCare)
                        ? "keep only the modifier of the discipline that furnished the service"
                        : "keep " + planOfCare.modifier() + " (the " + planOfCare
                                + " plan of care) and remove the other");
            } else {
                text.append("it has ");
                for (int i = 0; i < disciplines.size(); i++) {
                    if (disciplines.indexOf(disciplines.get(i)) == i) { // each modifier once: GP, GO, GP
                        text.append(i == 0 ? "" : " and ").append(disciplines.get(i).modifier());
                    }
                }
                text.append(", but a line is one discipline's service");
            }
        }
        for (Assistant assistant : ASSISTANTS) {
            if ((lacking & 1 << assistant.ordinal()) != 0) {
                separated(text).append(fixes ? assistant.fix : assistant.problem);
            }
        }
        if (otherThanPlan != null) {
            separated(text).append(fixes
                    ? "change " + otherThanPlan.modifier() + " to " + planOfCare.modifier()
                            + ", or bill the service under the " + otherThanPlan + " plan of care"
                    : "it has " + otherThanPlan.modifier() + " (" + otherThanPlan + ") but the plan of care is "
                            + planOfCare);
        }
        return text;
    }

    /** Whether the line's discipline modifiers are one modifier repeated (GP, KX, GP). */
    private static boolean oneDiscipline(List<Discipline> disciplines) {
        for (int i = 1; i < disciplines.size(); i++) {
            if (disciplines.get(i) != disciplines.get(0)) {
                return false;
            }
        }
        return true;
    }

    /** The text, with "; " first when a part is already there. */
    private static StringBuilder separated(StringBuilder text) {
        return text.isEmpty() ? text : text.append("; ");
    }

    /** A finding's problems (with their consequence) and its suggestion. */
    private record Texts(String problems, String fixes) {
    }

    /** The assistant modifiers: the service was furnished in whole or part by a therapy assistant. */
    private enum Assistant {
        CQ(LineModifiers.CQ, Discipline.PT, "a physical therapist assistant"),
        CO(LineModifiers.CO, Discipline.OT, "an occupational therapy assistant");

        /** The modifier's {@link LineModifiers} bit. */
        final int bit;
        final Discipline discipline;
        final String problem;
        final String fix;

        Assistant(int bit, Discipline discipline, String who) {
            this.bit = bit;
            this.discipline = discipline;
            this.problem = "modifier " + name() + " (service by " + who + ") needs " + discipline.modifier();
            this.fix = "use " + name() + " only together with " + discipline.modifier() + " (CQ goes with GP, CO with GO)";
        }
    }
}
