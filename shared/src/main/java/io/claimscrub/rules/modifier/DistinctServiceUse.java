package io.claimscrub.rules.modifier;

import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.LineModifiers;
import io.claimscrub.rules.ncci.ActivePtpPairs;
import io.claimscrub.rules.ncci.DistinctServiceModifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What each distinct-service modifier (59, XE, XS, XP, XU) on the claim is doing, judged against
 * the PTP pairs active on its date; shared by the three modifier-59 rules, computed once per claim.
 */
final class DistinctServiceUse {
    enum Verdict {
        /** The line is the column-2 code of an active pair with modifier indicator 1: the modifier is what gets it paid. */
        NEEDED,
        /** The line is the column-1 code of such a pair whose column-2 line has no modifier. */
        WRONG_LINE,
        /** No active pair on the date needs a modifier on this line. */
        UNSUPPORTED
    }

    /**
     * @param modifiers the distinct-service modifiers on the line
     * @param pairs     for NEEDED, the pairs it bypasses; for WRONG_LINE, the pairs whose column-2 line
     *                  should carry it; for UNSUPPORTED, any indicator-0 pairs of the line (which no modifier bypasses)
     */
    record Use(ServiceLine line, List<String> modifiers, Verdict verdict, List<ActivePtpPairs.Pair> pairs) {
    }

    private static final ClaimContext.View<List<Use>> USES = ClaimContext.View.of(DistinctServiceUse::compute);

    private DistinctServiceUse() {
    }

    static List<Use> of(ClaimContext context) {
        return context.get(USES);
    }

    private static List<Use> compute(ClaimContext context) {
        List<ActivePtpPairs.Pair> pairs = ActivePtpPairs.of(context);
        Use first = null;
        List<Use> more = null; // the usual claim has one use at most: no list building then (-29 B a claim)
        List<ServiceLine> lines = context.claim().lines();
        for (int i = 0; i < lines.size(); i++) {
            int bits = LineModifiers.of(context, i);
            if ((bits & LineModifiers.DISTINCT_SERVICE) == 0) {
                continue;
            }
            ServiceLine line = lines.get(i);
            Use use = judge(line, DistinctServiceModifiers.on(line, bits), pairs);
            if (first == null) {
                first = use;
            } else {
                if (more == null) {
                    more = new ArrayList<>(4);
                    more.add(first);
                }
                more.add(use);
            }
        }
        return more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
    }

    private static Use judge(ServiceLine line, List<String> modifiers, List<ActivePtpPairs.Pair> pairs) {
        if (pairs.isEmpty()) { // the usual case: nothing to bypass
            return new Use(line, modifiers, Verdict.UNSUPPORTED, List.of());
        }
        List<ActivePtpPairs.Pair> bypassed = select(pairs, p -> p.edit().modifierAllowed() && p.isColumn2(line));
        if (!bypassed.isEmpty()) {
            return new Use(line, modifiers, Verdict.NEEDED, bypassed);
        }
        List<ActivePtpPairs.Pair> misplaced = select(pairs,
                p -> p.edit().modifierAllowed() && p.isColumn1(line) && !p.column2HasDistinctModifier());
        if (!misplaced.isEmpty()) {
            return new Use(line, modifiers, Verdict.WRONG_LINE, misplaced);
        }
        List<ActivePtpPairs.Pair> unbypassable = select(pairs,
                p -> p.edit().modifierNotAllowed() && (p.isColumn1(line) || p.isColumn2(line)));
        return new Use(line, modifiers, Verdict.UNSUPPORTED, unbypassable);
    }

    private static List<ActivePtpPairs.Pair> select(List<ActivePtpPairs.Pair> pairs,
                                                    Predicate<ActivePtpPairs.Pair> keep) {
        List<ActivePtpPairs.Pair> kept = new ArrayList<>(0);
        for (ActivePtpPairs.Pair pair : pairs) {
            if (keep.test(pair)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? List.of() : List.copyOf(kept);
    }
}
