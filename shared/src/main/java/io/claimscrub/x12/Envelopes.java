package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the envelopes (ISA/IEA, GS/GE, ST/SE) around the claims: checks their counts and control
 * numbers, notices missing trailers, decides which transaction sets are 837P, and hands the segments
 * inside each transaction set to a {@link TransactionSet837P}. Findings about an envelope are attached
 * to its {@link Scope}, so they reach every claim inside it; those no claim can carry are collected
 * for one file-level rejection.
 */
final class Envelopes {
    private static final RuleId SYNTAX = RuleId.X12_SYNTAX;

    private final HeldOutcomes outcomes;
    private final ValueCache cache = new ValueCache();
    private final List<Finding> unclaimed = new ArrayList<>();
    /** Segments after an IEA (or before any usable ISA) that belong to no interchange. */
    private final Tally outside = new Tally();
    private Scope interchange;
    private Scope group;
    private String groupVersion = "";
    private Scope set;
    private TransactionSet837P reader;
    private int interchanges;
    private int transactionSets;
    private int claimSegments;

    Envelopes(HeldOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    void accept(Segment s) {
        switch (s.tag()) {
            case Tags.ISA: isa(s); break;
            case Tags.IEA: iea(s); break;
            case Tags.GS: gs(s); break;
            case Tags.GE: ge(s); break;
            case Tags.ST: st(s); break;
            case Tags.SE: se(s); break;
            default: body(s); break;
        }
    }

    private void isa(Segment s) {
        String why = "another ISA starts at segment " + s.ordinal();
        closeSet(why);
        closeGroup(why);
        closeInterchange(why);
        interchanges++;
        interchange = new Scope(Scope.Kind.INTERCHANGE, s.text(13), s.ordinal(), null);
        String version = s.text(12);
        if (!version.equals("00501")) {
            interchange.add(finding(s, interchange, "ISA12 interchange version '" + version
                    + "' is not 00501, which a 005010 837P requires", "Send ISA12 = 00501."));
        }
        if (IsaHeader.hasRepetitionSeparator(version) && s.delimiters().repetition() < 0) {
            interchange.add(finding(s, interchange, "ISA11 repetition separator " + IsaHeader.show(s.buffer()[s.start(11)])
                    + " cannot be used (" + IsaHeader.unusableRepetition(s.buffer()[s.start(11)], s.delimiters())
                    + "); the interchange is read as having none",
                    "Send a punctuation character that is not used elsewhere, such as '^', in ISA11."));
        }
    }

    private void iea(Segment s) {
        if (interchange == null) {
            misplaced(s);
            return;
        }
        String why = "the IEA at segment " + s.ordinal() + " comes first";
        closeSet(why);
        closeGroup(why);
        checkCount(s, interchange, interchange.counted, "functional groups (GS)");
        checkControlNumber(s, interchange, "ISA13");
        closeScope(interchange);
        interchange = null;
        outcomes.releaseAll();
    }

    private void gs(Segment s) {
        if (interchange == null) {
            misplaced(s);
            return;
        }
        String why = "another GS starts at segment " + s.ordinal();
        closeSet(why);
        closeGroup(why);
        interchange.counted++;
        group = new Scope(Scope.Kind.GROUP, s.text(6), s.ordinal(), interchange);
        groupVersion = s.text(8);
        checkUnique(s, group, interchange, "GS06");
    }

    private void ge(Segment s) {
        if (group == null) {
            misplaced(s);
            return;
        }
        closeSet("the GE at segment " + s.ordinal() + " comes first");
        checkCount(s, group, group.counted, "transaction sets (ST)");
        checkControlNumber(s, group, "GS06");
        closeScope(group);
        group = null;
    }

    private void st(Segment s) {
        closeSet("another ST starts at segment " + s.ordinal());
        transactionSets++;
        if (group != null) {
            group.counted++;
        }
        set = new Scope(Scope.Kind.TRANSACTION_SET, s.text(2), s.ordinal(), group != null ? group : interchange);
        set.counted = 1;
        if (group != null) {
            checkUnique(s, set, group, "ST02");
        }
        if (group == null) {
            set.add(finding(s, set, "the transaction set is not inside a functional group (no GS before it)",
                    "Wrap transaction sets in GS ... GE."));
        }
        reader = new TransactionSet837P(set, outcomes, isProfessionalClaim(s), cache);
    }

    /** ST01 must be 837 and the version (ST03, else GS08) 005010X222*: else its claims are rejected. */
    private boolean isProfessionalClaim(Segment st) {
        String type = st.text(1);
        String st03 = st.text(3);
        String version = st03.isEmpty() ? groupVersion : st03;
        String problem;
        if (!type.equals("837")) {
            problem = "is a " + type + " transaction set, not an 837P";
        } else if (version.startsWith("005010X222")) {
            if (group != null && !st03.isEmpty() && !st03.equals(groupVersion)) {
                set.add(finding(st, set, "ST03 '" + st03 + "' differs from GS08 '" + groupVersion
                        + "'; they must be the same", "Send the same implementation version in GS08 and ST03."));
            }
            return true;
        } else if (version.contains("X223")) {
            problem = "is an 837I (" + version + "), not an 837P";
        } else if (version.contains("X224")) {
            problem = "is an 837D (" + version + "), not an 837P";
        } else if (version.startsWith("004010")) {
            problem = "is a 4010 837 (" + version + "), not a 005010 837P";
        } else {
            problem = "has version '" + version + "', not 005010X222 (837P)";
        }
        set.add(finding(st, set, "transaction set " + set.controlNumber + " " + problem + "; its claims are not read",
                "Send professional claims as a 005010X222A1 837P."));
        return false;
    }

    private void se(Segment s) {
        if (set == null) {
            misplaced(s);
            return;
        }
        set.counted++;
        checkCount(s, set, set.counted, "segments");
        checkControlNumber(s, set, "ST02");
        reader.close(null);
        closeScope(set);
        set = null;
        reader = null;
    }

    private void body(Segment s) {
        boolean clm = s.tag() == Tags.CLM;
        if (clm) {
            claimSegments++;
        }
        if (set != null) {
            set.counted++;
            if (s.tag() == Tags.INVALID) {
                set.badTags.note(s);
            } else {
                reader.segment(s);
            }
        } else if (clm) {
            Scope container = group != null ? group : interchange;
            outcomes.rejection(s.textOrNull(1), List.of(SYNTAX.onClaim(ClaimDraft.where(s)
                    + " is outside a transaction set (no ST before it), so the claim is not read",
                    "Put claims inside an ST ... SE transaction set.")), container);
        } else {
            misplaced(s);
        }
    }

    /** Closes everything still open at the end of the stream (or where reading had to stop). */
    void end(String why) {
        closeSet(why);
        closeGroup(why);
        closeInterchange(why);
        if (!outside.isEmpty()) {
            unclaimed.add(SYNTAX.onClaim(outside.describe() + " are outside any interchange (ISA ... IEA) and are not read",
                    "Remove anything after the last IEA."));
        }
        outcomes.releaseAll();
    }

    /** Reading stopped (the tokenizer cannot go on): the reason is a file-level finding. */
    void stop(String reason, long lastGoodSegment) {
        unclaimed.add(SYNTAX.onClaim(reason, reason.startsWith("ISA")
                ? "Send an ISA of exactly 106 bytes with the standard delimiters, as ASCII or UTF-8 text."
                : "Declare in the ISA the delimiters the file really uses (ISA16 and the segment terminator after"
                        + " it), then resend the file."));
        cutOffAfter(lastGoodSegment, "");
    }

    /**
     * The stream failed: the open envelopes end as at a cut-off file, so the claims held for them are
     * handed on (the one the failure cut as a rejection) before the failure goes up.
     */
    void streamFailed(long lastGoodSegment, String cause) {
        cutOffAfter(lastGoodSegment, " (" + cause + ")");
    }

    private void cutOffAfter(long lastGoodSegment, String cause) {
        end("the file cannot be read past segment " + lastGoodSegment + cause);
    }

    /**
     * Findings that reached no claim (an unreadable file, an envelope error in a transaction set without
     * claims); with no CLM in the whole file at all, a finding saying so.
     */
    List<Finding> unclaimedFindings() {
        if (claimSegments == 0 && unclaimed.isEmpty()) {
            unclaimed.add(SYNTAX.onClaim("the file contains no claims (no CLM segment)",
                    "Send at least one 837P claim."));
        }
        return unclaimed;
    }

    int interchanges() {
        return interchanges;
    }

    int transactionSets() {
        return transactionSets;
    }

    private void closeSet(String why) {
        if (set == null) {
            return;
        }
        String cutOff = set.label() + " has no SE: " + why;
        set.add(SYNTAX.onClaim(cutOff, "Resend the complete file."));
        reader.close(cutOff);
        closeScope(set);
        set = null;
        reader = null;
    }

    private void closeGroup(String why) {
        if (group == null) {
            return;
        }
        group.add(SYNTAX.onClaim(group.label() + " has no GE: " + why, "Resend the complete file."));
        closeScope(group);
        group = null;
    }

    private void closeInterchange(String why) {
        if (interchange == null) {
            return;
        }
        interchange.add(SYNTAX.onClaim(interchange.label() + " has no IEA: " + why, "Resend the complete file."));
        closeScope(interchange);
        interchange = null;
        outcomes.releaseAll();
    }

    private void closeScope(Scope scope) {
        if (!scope.stray.isEmpty()) {
            scope.add(SYNTAX.onClaim(scope.stray.describe() + " in " + scope.label()
                    + (scope.kind == Scope.Kind.TRANSACTION_SET
                            ? " are not inside a claim" : " are outside a transaction set")
                    + " and are not read", scope.kind == Scope.Kind.TRANSACTION_SET
                            ? "Move each segment into the loop it belongs to, or remove it."
                            : "Put every segment inside an ST ... SE transaction set, or remove it."));
        }
        if (!scope.badTags.isEmpty()) {
            scope.add(SYNTAX.onClaim(scope.badTags.describe() + " in " + scope.label()
                    + " have no valid segment tag (2-3 upper-case letters or digits) and are not read",
                    "Check that the ISA declares the delimiters the file uses, or remove the damaged segments."));
        }
        unclaimed.addAll(scope.undelivered());
    }

    /** A segment where it cannot be: noted in the innermost open envelope, or outside any. */
    private void misplaced(Segment s) {
        Scope innermost = set != null ? set : group != null ? group : interchange;
        (innermost != null ? innermost.stray : outside).note(s);
    }

    private void checkCount(Segment s, Scope scope, int actual, String what) {
        int declared = Values.wholeNumber(s, 1);
        if (declared != actual) {
            String name = s.tagText() + "01";
            scope.add(finding(s, scope, name + " says " + (declared < 0 ? ClaimDraft.quoted(s, 1) : declared) + " " + what
                    + " but the " + scope.kind.noun + " has " + actual, "Set " + name + " to " + actual + "."));
        }
    }

    private void checkControlNumber(Segment s, Scope scope, String header) {
        if (!s.is(2, scope.controlNumber)) {
            String name = s.tagText() + "02";
            scope.add(finding(s, scope, name + " control number " + ClaimDraft.quoted(s, 2) + " does not match " + header
                    + " '" + scope.controlNumber + "'", "Repeat the " + header + " control number in " + name + "."));
        }
    }

    private void checkUnique(Segment s, Scope scope, Scope container, String element) {
        long earlier = container.registerChild(scope.controlNumber, s.ordinal());
        if (earlier > 0) {
            scope.add(finding(s, scope, element + " control number '" + scope.controlNumber + "' is already used by the "
                    + scope.kind.noun + " at segment " + earlier + " in this " + container.kind.noun,
                    "Give every " + scope.kind.noun + " its own control number."));
        }
    }

    /** "SE at segment 36 (transaction set 0001): what". */
    private static Finding finding(Segment s, Scope scope, String what, String suggestion) {
        return SYNTAX.onClaim(ClaimDraft.where(s) + " (" + scope.kind.noun + " " + scope.controlNumber + "): " + what,
                suggestion);
    }
}
