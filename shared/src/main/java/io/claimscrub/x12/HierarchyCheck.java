package io.claimscrub.x12;

import io.claimscrub.finding.RuleId;

/**
 * Checks the HL hierarchy of one transaction set against the 837P TR3: HL01 numbers the HLs 1, 2, 3...;
 * HL02 empty on the billing provider HL*20, on a subscriber HL*22 the id of the HL*20 above it, on a
 * patient HL*23 the id of the HL*22 above it; HL03 one of 20, 22, 23; HL04 saying truly whether a child
 * HL follows. The reader takes payer and billing provider from the most recent HL*22 / HL*20 above a
 * claim, and these checks hold HL02 to the same: a parent further up would put the claim under
 * another payer or provider than the reader credits it to. A clearinghouse's 999 rejects a transaction
 * set whose hierarchy is broken. The state is a few ints, whatever the number of HLs in the set.
 */
final class HierarchyCheck {
    /** HL findings listed per transaction set; the rest are counted in one more finding. */
    static final int MAX_LISTED = 10;
    private static final int NO_CHILD = Codes.of("0");
    private static final int HAS_CHILD = Codes.of("1");
    /** No HL of that level above yet: a value unlike {@link Values#NOT_A_NUMBER} and unlike any HL02 read. */
    private static final int NONE = -2;
    private static final String NUMBERING = "Number the HLs 1, 2, 3... in each transaction set.";
    private static final String PARENT = "Put each HL under its parent, with HL02 the parent's HL01.";

    private final Scope scope;
    private int highestId;
    /** The HL01 of the HL*20 / HL*22 above ({@link #NONE}; {@link Values#NOT_A_NUMBER} when it had no usable id). */
    private int billingProviderId = NONE;
    private int subscriberId = NONE;
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
                    + " is not 20 (billing provider), 22 (subscriber) or 23 (patient)",
                    "Set HL03 to the level the HL opens: 20, 22 or 23.");
        }
        int id = Values.wholeNumber(hl, 1);
        if (id == Values.NOT_A_NUMBER) {
            problem(hl.ordinal(), "HL01 id " + ClaimDraft.quoted(hl, 1) + " is not a whole number of at most 9 digits",
                    NUMBERING);
        } else {
            // one past the highest id so far: a repeated or lower id is always caught, and a gap only once
            if (id != highestId + 1) {
                problem(hl.ordinal(), "HL01 id " + ClaimDraft.quoted(hl, 1) + " is not the next number: expected "
                        + (highestId + 1) + " (HL01 counts the HLs of a transaction set 1, 2, 3...)", NUMBERING);
            }
            highestId = Math.max(highestId, id);
        }
        checkParent(hl, level, parent);
        if (level == Codes.BILLING_PROVIDER_LEVEL) {
            billingProviderId = id;
            subscriberId = NONE;
        } else if (level == Codes.SUBSCRIBER_LEVEL) {
            subscriberId = id;
        }
        int childCode = hl.code(4);
        if (childCode != NO_CHILD && childCode != HAS_CHILD) {
            problem(hl.ordinal(), "HL04 child code " + ClaimDraft.quoted(hl, 4)
                    + " is not 0 (no child HL) or 1 (a child HL follows)",
                    "Set HL04 to 1 when a child HL follows, else 0.");
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
                    + (unlisted > 1 ? "s" : "") + " not listed (only the first " + MAX_LISTED + " are)",
                    "Fix the HL problems listed, then check the rest of the hierarchy the same way: HL01 counting"
                            + " 1, 2, 3..., HL02 the id of the parent HL, HL04 1 only before a child HL."));
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
            expectParent(hl, parent, billingProviderId, "billing provider HL (HL*20)");
        } else if (level == Codes.PATIENT_LEVEL) {
            expectParent(hl, parent, subscriberId, "subscriber HL (HL*22)");
        }
    }

    private void expectParent(Segment hl, int parent, int parentId, String parentName) {
        if (hl.isEmpty(2)) {
            problem(hl.ordinal(), "HL02 parent is missing; it must be the id of the " + parentName + " above it",
                    PARENT);
        } else if (parentId == NONE) {
            problem(hl.ordinal(), "HL02 names parent " + ClaimDraft.quoted(hl, 2) + ", but there is no " + parentName
                    + " above it", PARENT);
        } else if (parent != parentId && parentId != Values.NOT_A_NUMBER) { // an unusable id is already a finding
            problem(hl.ordinal(), "HL02 parent " + ClaimDraft.quoted(hl, 2) + " is not '" + parentId
                    + "', the id of the " + parentName + " above it", PARENT);
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
