package io.claimscrub.rules.ncci;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.Payer;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.payer.PayerProfile;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.reference.ReferenceData;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Claims built directly from records, scrubbed by one rule against the shipped NCCI data. */
public final class RuleFixtures {
    public static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    public static final PayerProfile MEDICARE = PayerProfiles.builtIn().get("medicare");
    public static final PayerProfile COMMERCIAL = PayerProfiles.builtIn().get("commercial-ama");

    private RuleFixtures() {
    }

    public static ServiceLine line(int number, String code, Integer units, String... modifiers) {
        return line(number, code, units, DOS, modifiers);
    }

    public static ServiceLine line(int number, String code, Integer units, LocalDate date, String... modifiers) {
        return new ServiceLine(number, code, Arrays.asList(modifiers), units, null, null, date, null);
    }

    public static ServiceLine charged(int number, String code, String charge, String... modifiers) {
        return new ServiceLine(number, code, Arrays.asList(modifiers), 1, null, new BigDecimal(charge), DOS, null);
    }

    public static Claim claim(Discipline discipline, ServiceLine... lines) {
        return claim(discipline, null, lines);
    }

    public static Claim claim(Discipline discipline, BigDecimal ytdTherapyAmount, ServiceLine... lines) {
        return new Claim("PCN-1", Payer.UNKNOWN, discipline, lines.length == 0 ? DOS : lines[0].dateOfService(),
                List.of("M62.81"), ytdTherapyAmount, null, List.of(lines), null);
    }

    public static List<Finding> run(Rule rule, Claim claim, PayerProfile profile) {
        return run(rule, claim, profile, NcciFiles.builtIn());
    }

    public static List<Finding> run(Rule rule, Claim claim, PayerProfile profile, ReferenceData reference) {
        List<Finding> findings = new ArrayList<>();
        rule.evaluate(new ClaimContext(claim, profile, reference), findings::add);
        findings.forEach(f -> {
            if (!f.ruleId().equals(rule.id().name())) {
                throw new AssertionError(rule + " reported " + f.ruleId());
            }
        });
        return findings;
    }

    /** The lines the findings are on. */
    public static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(Finding::line).toList();
    }
}
