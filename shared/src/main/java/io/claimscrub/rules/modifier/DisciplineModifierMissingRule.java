package io.claimscrub.rules.modifier;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.LineModifiers;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/** A therapy code without GP, GO or GN where the payer requires one: rejected as invalid (CO-4). */
public final class DisciplineModifierMissingRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.DISCIPLINE_MODIFIER_MISSING;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        if (!context.profile().requireDisciplineModifier()) {
            return;
        }
        Discipline discipline = context.claim().discipline();
        List<ServiceLine> lines = context.claim().lines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            if ((LineModifiers.of(context, i) & LineModifiers.DISCIPLINES) == 0 && TherapyCodes.isTherapy(line.code())) {
                String message = line.code() + " on line " + line.line() + " is a therapy service without a "
                        + "discipline modifier (GP, GO or GN), which payer profile " + context.profile().id()
                        + " requires: the line will be rejected (CO-4).";
                String suggestion = discipline == null
                        ? "Add the modifier of the discipline that furnished the service to line " + line.line()
                          + ": GP (physical therapy), GO (occupational therapy) or GN (speech-language pathology)."
                        : "Add " + discipline.modifier() + " to line " + line.line() + " (" + discipline
                          + " plan of care).";
                findings.accept(id().onLine(line.line(), line.code(), message, suggestion));
            }
        }
    }
}
