package io.claimscrub.rules.modifier;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.ncci.ActivePtpPairs;
import io.claimscrub.rules.ncci.DistinctServiceModifiers;
import io.claimscrub.rules.ncci.FindingText;
import java.util.List;
import java.util.function.Consumer;

/**
 * 59, XE, XS, XP or XU on a line that no active PTP pair on its date needs it on: the "overuse of
 * 59" that auditors look for, since the modifier asserts a distinct service it was not needed to prove.
 */
public final class Modifier59UnsupportedRule implements Rule {
    /** Line numbers whose one-modifier suggestions are made up front: those a claim can have. */
    private static final int PREMADE_LINES = Claim.MAX_SERVICE_LINES;

    /**
     * The suggestion for one modifier on one line, indexed [modifier's place in {@link DistinctServiceModifiers#ALL}]
     * [line]: few distinct texts, and about 1.6 findings a claim no longer build one (-154 B a claim, measured).
     */
    private final String[][] oneModifierSuggestions = new String[DistinctServiceModifiers.ALL.size()][PREMADE_LINES + 1];

    public Modifier59UnsupportedRule() {
        for (int m = 0; m < oneModifierSuggestions.length; m++) {
            for (int line = 1; line <= PREMADE_LINES; line++) {
                oneModifierSuggestions[m][line] = suggestion(DistinctServiceModifiers.ALL.get(m), line);
            }
        }
    }

    @Override
    public RuleId id() {
        return RuleId.MODIFIER_59_UNSUPPORTED;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<DistinctServiceUse.Use> uses = DistinctServiceUse.of(context);
        for (int i = 0; i < uses.size(); i++) { // indexed: no iterator per claim
            DistinctServiceUse.Use use = uses.get(i);
            if (use.verdict() == DistinctServiceUse.Verdict.UNSUPPORTED) {
                findings.accept(finding(use));
            }
        }
    }

    private Finding finding(DistinctServiceUse.Use use) {
        ServiceLine line = use.line();
        List<String> billed = use.modifiers();
        // One modifier is the usual case; sparing String.join there keeps it out of the code C2 compiles.
        String modifiers = billed.size() == 1 ? billed.get(0) : String.join(" and ", billed);
        // One concatenation: appending to the message afterwards copied the whole text again per finding.
        String message = "Line " + line.line() + " (" + line.code() + ") carries " + modifiers + ", but no NCCI PTP "
                + "edit in force " + FindingText.onDate(line.dateOfService()) + " pairs " + line.code()
                + " with another code billed that date in a way a modifier would bypass" + unbypassable(use)
                + ". A distinct-service modifier that no edit calls for draws audits and denials.";
        return id().onLine(line.line(), line.code(), message, suggestion(billed, modifiers, line.line()),
                ActivePtpPairs.evidence(use.pairs()));
    }

    private String suggestion(List<String> billed, String modifiers, int line) {
        int premade = billed.size() == 1 && line >= 1 && line <= PREMADE_LINES
                ? DistinctServiceModifiers.indexOf(modifiers) : -1;
        return premade >= 0 ? oneModifierSuggestions[premade][line] : suggestion(modifiers, line);
    }

    private static String suggestion(String modifiers, int line) {
        return "Remove " + modifiers + " from line " + line + " unless the payer's own policy asks for it there.";
    }

    /** " (its edit with 97530 (line 2) has modifier indicator 0: no modifier bypasses it)", or nothing. */
    private static String unbypassable(DistinctServiceUse.Use use) {
        if (use.pairs().isEmpty()) {
            return "";
        }
        ServiceLine line = use.line();
        StringBuilder text = new StringBuilder(" (its edit with ");
        for (int i = 0; i < use.pairs().size(); i++) {
            ActivePtpPairs.Pair p = use.pairs().get(i);
            text.append(i == 0 ? "" : " and ").append(p.isColumn1(line) ? p.column2Text() : p.column1Text());
        }
        return text.append(" has modifier indicator 0: no modifier bypasses it)").toString();
    }
}
