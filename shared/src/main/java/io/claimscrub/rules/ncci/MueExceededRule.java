package io.claimscrub.rules.ncci;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.reference.MueEdit;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.DailyCodes;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Units of a code on one date above its NCCI medically unlikely edit (CO-151, N362). MAI 2 and 3
 * edits add up the code's lines of the date; MAI 1 edits judge each line alone. An MUE of 0 means
 * the code is not payable to practitioners at all (e.g. 97010, bundled hot/cold packs).
 */
public final class MueExceededRule implements Rule {
    /**
     * Per MUE edit, the suggestion and evidence, which depend only on the edit: made once where each
     * finding built them (bounded by the MUE table's codes).
     */
    private final Map<MueEdit, EditTexts> editTexts = new ConcurrentHashMap<>();

    @Override
    public RuleId id() {
        return RuleId.MUE_EXCEEDED;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<List<DailyCodes.CodeOnDate>> days = DailyCodes.of(context);
        for (int d = 0; d < days.size(); d++) { // indexed: no iterators per claim
            List<DailyCodes.CodeOnDate> codes = days.get(d);
            for (int i = 0; i < codes.size(); i++) {
                DailyCodes.CodeOnDate code = codes.get(i);
                MueEdit mue = context.reference().mue().find(code.code()).orElse(null);
                if (mue != null) {
                    check(code, mue, findings);
                }
            }
        }
    }

    private void check(DailyCodes.CodeOnDate code, MueEdit mue, Consumer<Finding> findings) {
        if (mue.perLine()) {
            for (ServiceLine line : code.lines()) {
                if (line.billedUnits() > mue.maxUnits()) {
                    findings.accept(finding(code, List.of(line), line.billedUnits(), mue));
                }
            }
        } else if (code.units() > mue.maxUnits()) {
            findings.accept(finding(code, code.lines(), code.units(), mue));
        }
    }

    private Finding finding(DailyCodes.CodeOnDate code, List<ServiceLine> lines, int units, MueEdit mue) {
        String where = FindingText.lines(lines) + " " + FindingText.onDate(code.date());
        String message = mue.maxUnits() == 0
                ? code.code() + " has an MUE of 0 (" + mue.rationale() + "): no units of it are payable to "
                        + "practitioners, so " + where + " will be denied (CO-151, N362)."
                : units + " units of " + code.code() + " on " + where + " exceed its MUE of " + mue.maxUnits()
                        + " (MAI " + mue.adjudicationIndicator() + "): units above the MUE are denied (CO-151, N362).";
        EditTexts texts = editTexts(code.code(), mue);
        ServiceLine first = lines.get(0);
        return id().onLine(first.line(), first.code(), message, texts.suggestion, texts.evidence);
    }

    private EditTexts editTexts(String code, MueEdit mue) {
        return editTexts.computeIfAbsent(mue, edit -> new EditTexts(suggestion(code, edit), List.of("MUE " + code
                + " = " + edit.maxUnits() + ", MAI " + edit.adjudicationIndicator() + ", " + edit.rationale())));
    }

    private static String suggestion(String code, MueEdit mue) {
        if (mue.maxUnits() == 0) {
            return "Remove " + code + " from the claim.";
        }
        return "Bill at most " + FindingText.units(mue.maxUnits()) + " of " + code
                + (mue.perLine() ? " on a line" : " for this date") + (mue.policyLimit()
                ? "; the limit comes from CMS policy, so the excess is not payable on appeal either."
                : "; if more were truly furnished, the note must show why, and the excess can only be paid on appeal.");
    }

    private record EditTexts(String suggestion, List<String> evidence) {
    }
}
