package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Payer;
import java.util.List;

/**
 * Reads the 837P loops of one transaction set (ST..SE) into claims. It tracks where in the
 * hierarchy it is, so that the same segment means the right thing: NM1*82 is the rendering provider
 * in 2310B but not in 2330D or 2420A, DTP*472 is a service date in 2300/2400 but nothing in 2430.
 * Loops the model does not need (2010BA subscriber, 2000C patient, 2320/2330 other payers, 2410-2440
 * line details) are passed over. The HL ids themselves are checked by a {@link HierarchyCheck}.
 *
 * <p>A transaction set that is not an 837P (an 837I, a 4010 claim) is not read: each of its claims
 * becomes a rejection with its claim id.
 */
final class TransactionSet837P {
    /** Where the last segment was: an HL level (2000A/B/C) or a loop below the claim. */
    private enum Area {
        HEADER, BILLING_PROVIDER, SUBSCRIBER, PATIENT, OTHER_LEVEL,
        CLAIM, CLAIM_PROVIDER, OTHER_SUBSCRIBER, LINE, LINE_DETAIL
    }

    private final Scope scope;
    private final HeldOutcomes outcomes;
    private final boolean readable;
    private final ValueCache cache;
    private final ClaimDraft claim;
    private final HierarchyCheck hierarchyCheck;
    private Area area = Area.HEADER;
    /** The HL level the claims are under (an HL area); stays while the claims and their loops are read. */
    private Area level = Area.HEADER;

    // 2000A billing provider
    private long billingHlOrdinal;
    private boolean billingNameSeen;
    private String billingTaxonomy;
    private Finding billingProblem;
    // 2000B subscriber: only what chooses the payer profile
    private String filingIndicator;
    private String payerId;
    private String payerName;
    /** The payer made for the current subscriber (2000B), shared by its claims. */
    private Payer payer;
    // 2300 claim
    private boolean renderingLoop;

    /**
     * @param readable false for a transaction set that is not an 837P: its claims are rejected unread
     *                 (the reason is a finding of its scope)
     */
    TransactionSet837P(Scope scope, HeldOutcomes outcomes, boolean readable, ValueCache cache) {
        this.scope = scope;
        this.cache = cache;
        this.claim = new ClaimDraft(cache);
        this.hierarchyCheck = new HierarchyCheck(scope);
        this.outcomes = outcomes;
        this.readable = readable;
    }

    /** One segment between ST and SE (neither of those). */
    void segment(Segment s) {
        int tag = s.tag();
        if (tag == Tags.CLM) {
            startClaim(s);
            return;
        }
        if (!readable) {
            return;
        }
        switch (tag) {
            case Tags.HL: hierarchy(s); break;
            case Tags.PRV: providerTaxonomy(s); break;
            case Tags.NM1: name(s); break;
            case Tags.SBR: subscriber(s); break;
            case Tags.DTP: date(s); break;
            case Tags.HI:
                if (area == Area.CLAIM || area == Area.CLAIM_PROVIDER) {
                    claim.diagnoses(s);
                }
                break;
            case Tags.LX: line(s); break;
            case Tags.SV1: service(s); break;
            case Tags.NTE:
                if (area == Area.LINE && s.code(1) == Codes.ADDITIONAL_NOTE) {
                    claim.lineNote(s);
                }
                break;
            case Tags.LIN: case Tags.SVD: case Tags.LQ:
                if (area == Area.LINE) {
                    area = Area.LINE_DETAIL; // 2410 drug, 2430 adjudication, 2440 form
                }
                break;
            default:
                break;
        }
    }

    /**
     * The transaction set ends. {@code cutOff} is null at its SE; otherwise it says why it ends without
     * one, and the claim being read is rejected as possibly incomplete.
     */
    void close(String cutOff) {
        if (claim.isOpen() && cutOff != null) {
            claim.unreadable("the claim is cut off (" + cutOff + "), so it may be incomplete",
                    "Resend the complete file.");
        }
        finishClaim();
        hierarchyCheck.end(cutOff == null);
        if (readable && scope.claims == 0) {
            scope.add(RuleId.X12_SYNTAX.onClaim(scope.label() + " has no claims (no CLM segment)",
                    "An 837P transaction set needs at least one claim (2300 CLM) under a subscriber (HL*22)."));
        }
    }

    private void startClaim(Segment clm) {
        finishClaim();
        scope.claims++;
        if (!readable) {
            outcomes.rejection(clm.textOrNull(1), List.of(), scope);
            return;
        }
        if (payer == null) {
            payer = payerId == null && payerName == null && filingIndicator == null
                    ? Payer.UNKNOWN : cache.payer(payerId, payerName, filingIndicator);
        }
        claim.start(clm, payer, billingTaxonomy);
        if (level != Area.SUBSCRIBER && level != Area.PATIENT) {
            claim.add(RuleId.X12_SYNTAX.onClaim("CLM at segment " + clm.ordinal()
                    + " is not under a subscriber (HL*22) or patient (HL*23) level, so its payer is unknown",
                    "Put each claim under its subscriber's HL*22 (and patient's HL*23)."));
        }
        if (billingHlOrdinal > 0 && !billingNameSeen) {
            billingProblem = RuleId.X12_SYNTAX.onClaim("HL at segment " + billingHlOrdinal
                    + " (billing provider, 2000A) has no NM1*85 billing provider name (loop 2010AA)",
                    "Send the billing provider as NM1*85 with its NPI.");
        }
        if (billingProblem != null) {
            claim.add(billingProblem);
        }
        area = Area.CLAIM;
        renderingLoop = false;
    }

    private void finishClaim() {
        if (claim.isOpen()) {
            claim.emit(outcomes, scope);
        }
    }

    private void hierarchy(Segment hl) {
        finishClaim();
        int code = hl.code(3);
        hierarchyCheck.check(hl, code);
        area = enterLevel(code, hl);
        level = area;
    }

    /** HL03: 20 billing provider (2000A), 22 subscriber (2000B), 23 patient (2000C). */
    private Area enterLevel(int code, Segment hl) {
        if (code == Codes.BILLING_PROVIDER_LEVEL) {
            billingHlOrdinal = hl.ordinal();
            billingNameSeen = false;
            billingTaxonomy = null;
            billingProblem = null;
            resetSubscriber();
            return Area.BILLING_PROVIDER;
        }
        if (code == Codes.SUBSCRIBER_LEVEL) {
            resetSubscriber();
            return Area.SUBSCRIBER;
        }
        if (code == Codes.PATIENT_LEVEL) {
            return Area.PATIENT;
        }
        return Area.OTHER_LEVEL;
    }

    private void resetSubscriber() {
        payer = null;
        filingIndicator = null;
        payerId = null;
        payerName = null;
    }

    private void providerTaxonomy(Segment prv) {
        if (area == Area.BILLING_PROVIDER && prv.code(1) == Codes.BILLING_TAXONOMY) {
            billingTaxonomy = cache.textOrNull(prv, 3, true);
        } else if (area == Area.CLAIM_PROVIDER && renderingLoop && prv.code(1) == Codes.PERFORMING_TAXONOMY) {
            claim.renderingTaxonomy(cache.textOrNull(prv, 3, true));
        }
    }

    private void name(Segment nm1) {
        int entity = nm1.code(1);
        switch (area) {
            case BILLING_PROVIDER:
                if (entity == Codes.BILLING_PROVIDER) {
                    billingNameSeen = true;
                    billingProblem = billingNpiProblem(nm1);
                }
                break;
            case SUBSCRIBER:
                if (entity == Codes.PAYER) { // 2010BB payer; 2010BA (IL) holds the subscriber and is not read
                    payer = null;
                    payerName = cache.textOrNull(nm1, 3, false);
                    payerId = cache.textOrNull(nm1, 9, false);
                }
                break;
            case CLAIM:
            case CLAIM_PROVIDER:
                area = Area.CLAIM_PROVIDER; // 2310A-F
                renderingLoop = entity == Codes.RENDERING_PROVIDER;
                if (renderingLoop) {
                    claim.renderingProvider(nm1);
                }
                break;
            case LINE:
                area = Area.LINE_DETAIL; // 2420A-H
                break;
            default:
                break;
        }
    }

    private static Finding billingNpiProblem(Segment nm1) {
        if (nm1.code(8) != Codes.NPI) {
            return RuleId.X12_SYNTAX.onClaim(ClaimDraft.where(nm1) + ": the billing provider's NM108 is "
                    + ClaimDraft.quoted(nm1, 8) + ", not XX (NPI)", "Send the billing provider's NPI with NM108 = XX.");
        }
        if (!Npi.isValid(nm1.textOrNull(9))) {
            return RuleId.X12_SYNTAX.onClaim(ClaimDraft.where(nm1) + ": the billing provider NPI "
                    + ClaimDraft.quoted(nm1, 9) + " is not a valid NPI (10 digits ending in a Luhn check digit)",
                    "Check the billing provider's NPI in NPPES.");
        }
        return null;
    }

    private void subscriber(Segment sbr) {
        if (area == Area.SUBSCRIBER) {
            payer = null;
            filingIndicator = cache.textOrNull(sbr, 9, false);
        } else if (area == Area.CLAIM || area == Area.CLAIM_PROVIDER || area == Area.OTHER_SUBSCRIBER) {
            area = Area.OTHER_SUBSCRIBER; // 2320/2330: other payers, not read
        }
    }

    private void date(Segment dtp) {
        if (dtp.code(1) != Codes.SERVICE_DATE) {
            return;
        }
        if (area == Area.CLAIM) {
            claim.claimDate(dtp);
        } else if (area == Area.LINE) {
            claim.lineDate(dtp);
        }
    }

    private void line(Segment lx) {
        if (!claim.isOpen()) {
            scope.stray.note(lx);
            return;
        }
        claim.startLine(lx);
        area = Area.LINE;
    }

    private void service(Segment sv1) {
        if (!claim.isOpen()) {
            scope.stray.note(sv1);
        } else if (area == Area.LINE) {
            claim.service(sv1);
        } else {
            claim.unreadable(ClaimDraft.where(sv1) + " is not inside a 2400 service line (no LX right before it)",
                    "Start every service line with LX.");
        }
    }
}
