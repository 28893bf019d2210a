package io.claimscrub.x12;

import io.claimscrub.finding.RuleId;

/**
 * Checks the HL hierarchy of one transaction set against the 837P TR3: HL01 a whole number used once;
 * HL02 empty on the billing provider HL*20, the id of an HL*20 on a subscriber HL*22, of an HL*22 on a
 * patient HL*23; HL03 one of 20, 22, 23; HL04 saying truly whether a child HL follows. The reader does
 * not rely on the ids (payer and billing provider come from the most recent HL*22 / HL*20 above a
 * claim), but a clearinghouse's 999 rejects a transaction set whose hierarchy is broken.
 */
final class HierarchyCheck {
    /** HL findings listed per transaction set; the rest are counted in one more finding. */
    static final int MAX_LISTED = 10;
    private static final int NO_CHILD = Codes.of("0");
    private static final int HAS_CHILD = Codes.of("1");

    private final Scope scope;
    private final HierarchyIds ids = new HierarchyIds();
    /** The HL before (0: none yet), whose HL04 the next HL answers. */
    private long previousOrdinal;
    private int previousId;
    private int previousChildCode;
    private int listed;
    private int unlisted;

    HierarchyCheck(Scope scope) {
        this.scope = scope;
    }

    /** One HL segment, whose HL03 is {@code level}. */
    void check(Segment hl, int level) {
        int parent = Values.wholeNumber(hl, 2);
        checkPreviousChildCode(hl, parent);
        if (level != Codes.BILLING_PROVIDER_LEVEL && level != Codes.SUBSCRIBER_LEVEL && level != Codes.PATIENT_LEVEL) {
            problem(hl.ordinal(), "HL03 level code " + ClaimDraft.quoted(hl, 3)
                    + " is not 20 (billing provider), 22 (subscriber) or 23 (patient)", null);
        }
        int id = Values.wholeNumber(hl, 1);
        if (id == Values.NOT_A_NUMBER) {
            problem(hl.ordinal(), "HL01 id " + ClaimDraft.quoted(hl, 1) + " is not a whole number of at most 9 digits",
                    "Number the HLs 1, 2, 3... in each transaction set.");
        } else {
            long earlier = ids.add(id, level, hl.ordinal());
            if (earlier > 0) {
                problem(hl.ordinal(), "HL01 id " + ClaimDraft.quoted(hl, 1) + " is already used by the HL at segment "
                        + earlier + " in this transaction set", "Number the HLs 1, 2, 3... in each transaction set.");
            }
        }
        checkParent(hl, level, parent);
        int childCode = hl.code(4);
        if (childCode != NO_CHILD && childCode != HAS_CHILD) {
            problem(hl.ordinal(), "HL04 child code " + ClaimDraft.quoted(hl, 4)
                    + " is not 0 (no child HL) or 1 (a child HL follows)", null);
        }
        previousOrdinal = hl.ordinal();
        previousId = id;
        previousChildCode = childCode;
    }

    /**
     * The transaction set ends: {@code complete} at its SE (a cut-off set already has its finding, and
     * the child an HL04 promises may be in the part that is missing).
     */
    void end(boolean complete) {
        if (complete && previousOrdinal > 0 && previousId >= 0 && previousChildCode == HAS_CHILD) {
            problem(previousOrdinal, "HL04 child code '1' says a child HL follows, but the transaction set ends first",
                    "Set HL04 to 0 on an HL without a child HL.");
        }
        if (unlisted > 0) {
            scope.add(RuleId.X12_SYNTAX.onClaim(scope.label() + ": " + unlisted + " more HL problem"
                    + (unlisted > 1 ? "s" : "") + " not listed (only the first " + MAX_LISTED + " are)", null));
        }
    }

    private void checkParent(Segment hl, int level, int parent) {
        if (level == Codes.BILLING_PROVIDER_LEVEL) {
            if (!hl.isEmpty(2)) {
                problem(hl.ordinal(), "HL02 parent " + ClaimDraft.quoted(hl, 2)
                        + " is given, but a billing provider HL (HL*20) is the top level and has none",
                        "Leave HL02 empty on the billing provider HL.");
            }
        } else if (level == Codes.SUBSCRIBER_LEVEL) {
            expectParent(hl, parent, Codes.BILLING_PROVIDER_LEVEL, "billing provider HL (HL*20)");
        } else if (level == Codes.PATIENT_LEVEL) {
            expectParent(hl, parent, Codes.SUBSCRIBER_LEVEL, "subscriber HL (HL*22)");
        }
    }

    private void expectParent(Segment hl, int parent, int parentLevel, String parentName) {
        if (ids.levelOf(parent) != parentLevel) {
            problem(hl.ordinal(), (hl.isEmpty(2) ? "HL02 parent is missing; it must be" : "HL02 parent "
                    + ClaimDraft.quoted(hl, 2) + " is not") + " the id of a " + parentName + " in this transaction set",
                    "Set HL02 to the HL01 of the " + parentName + " this HL belongs to.");
        }
    }

    /**
     * HLs come parent first, so a child HL comes right after its parent: HL04 = 1 promises that the
     * next HL names this one in HL02, HL04 = 0 that it does not.
     */
    private void checkPreviousChildCode(Segment hl, int parent) {
        if (previousOrdinal == 0 || previousId < 0) {
            return; // no HL before, or one whose id cannot be named (already a finding)
        }
        boolean child = parent == previousId;
        if (previousChildCode == HAS_CHILD && !child) {
            problem(previousOrdinal, "HL04 child code '1' says a child HL follows, but the next HL (segment "
                    + hl.ordinal() + ") is not its child (its HL02 is " + ClaimDraft.quoted(hl, 2) + ")",
                    "Set HL04 to 0 on an HL without a child HL.");
        } else if (previousChildCode == NO_CHILD && child) {
            problem(previousOrdinal, "HL04 child code '0' says no child HL follows, but the next HL (segment "
                    + hl.ordinal() + ") is its child", "Set HL04 to 1 on an HL with a child HL.");
        }
    }

    /**
     * An HL problem belongs to the whole transaction set, like the envelope findings: a 999 rejects the
     * set for it, so it reaches every claim in the set (through the scope), not only those under that
     * HL. Past {@link #MAX_LISTED} the problems are only counted, so a file that repeats one mistake in
     * every HL does not give each of its claims thousands of findings.
     */
    private void problem(long ordinal, String what, String suggestion) {
        if (listed == MAX_LISTED) {
            unlisted++;
            return;
        }
        listed++;
        scope.add(RuleId.X12_SYNTAX.onClaim("HL at segment " + ordinal + ": " + what, suggestion));
    }
}
