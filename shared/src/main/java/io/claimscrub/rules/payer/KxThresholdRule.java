package io.claimscrub.rules.payer;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.ncci.FindingText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The year's therapy amount passes the payer's KX threshold and therapy lines lack KX. Medicare
 * pays therapy above the threshold only with KX, which attests medical necessity (CO-119 without it).
 *
 * <p>Medicare keeps one threshold for PT and SLP together and one for OT. The claim's
 * {@code ytdTherapyAmount} is read as the amount already incurred this year in the claim's
 * discipline's group, and the claim's therapy lines as belonging to that group. Lines are taken in
 * order: the line whose charge carries the running total past the threshold, and every therapy
 * line after it, need KX. The year is that of the claim's date of service (else its first therapy
 * line's). A line without a charge adds nothing. Without a year-to-date amount or a threshold for
 * the year the rule stays silent rather than guess.
 */
public final class KxThresholdRule implements Rule {
    private static final String KX = "KX";

    @Override
    public RuleId id() {
        return RuleId.KX_THRESHOLD;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        Claim claim = context.claim();
        if (claim.ytdTherapyAmount() == null || context.profile().kxThresholds().isEmpty()) {
            return;
        }
        List<ServiceLine> therapy = claim.lines().stream().filter(l -> TherapyCodes.isTherapy(l.code())).toList();
        LocalDate date = claim.dateOfService() != null ? claim.dateOfService()
                : therapy.stream().map(ServiceLine::dateOfService).filter(d -> d != null).findFirst().orElse(null);
        if (therapy.isEmpty() || date == null) {
            return;
        }
        context.profile().kxThreshold(date.getYear())
                .ifPresent(threshold -> check(context, therapy, date.getYear(), threshold, findings));
    }

    private void check(ClaimContext context, List<ServiceLine> therapy, int year, BigDecimal threshold,
                       Consumer<Finding> findings) {
        BigDecimal ytd = context.claim().ytdTherapyAmount();
        BigDecimal running = ytd;
        List<ServiceLine> missingKx = new ArrayList<>();
        for (ServiceLine line : therapy) {
            if (line.charge() != null) {
                running = running.add(line.charge());
            }
            if (running.compareTo(threshold) > 0 && !line.hasModifier(KX)) {
                missingKx.add(line);
            }
        }
        if (missingKx.isEmpty()) {
            return;
        }
        BigDecimal thisClaim = running.subtract(ytd);
        String message = "Therapy amount for " + year + " reaches " + FindingText.money(running) + " ("
                + FindingText.money(ytd) + " year to date + " + FindingText.money(thisClaim) + " on this claim), past "
                + "the " + year + " KX threshold of " + FindingText.money(threshold) + group(context.claim().discipline())
                + "; " + FindingText.lines(missingKx) + (missingKx.size() == 1 ? " lacks KX." : " lack KX.");
        String suggestion = "Add KX to " + FindingText.lines(missingKx) + " if the therapy is medically necessary and "
                + "the record shows it; above the threshold, lines without KX are denied (CO-119).";
        findings.accept(id().onClaim(message, suggestion));
    }

    private static String group(Discipline discipline) {
        if (discipline == null) {
            return "";
        }
        return discipline == Discipline.OT ? " (OT)" : " (PT and SLP combined)";
    }
}
