package io.claimscrub.rules.documentation;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.Documentation;
import io.claimscrub.model.Goal;
import io.claimscrub.model.Payer;
import io.claimscrub.model.PlanOfCare;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.payer.PayerProfile;
import io.claimscrub.reference.MueTable;
import io.claimscrub.reference.PtpTable;
import io.claimscrub.reference.ReferenceData;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.UnitMethod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds claims with notes and runs documentation rules on them. */
final class DocClaims {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    private static final PayerProfile MEDICARE = new PayerProfile("medicare", UnitMethod.CMS, true, true, Map.of(), Map.of());
    private static final ReferenceData NO_NCCI = new ReferenceData(new PtpTable(List.of()), new MueTable(List.of()));

    /** The seed's SPEC §4 goal: measurable (independence level and time frame). */
    static final Goal SPEC_GOAL = new Goal("G1", "Independent sit-to-stand transfer from standard chair within 4 weeks");

    static final String SEED_WEAK_NOTE = "Patient practiced transfers for 15 minutes.";
    static final String SEED_STRONG_NOTE = "Provided 17 minutes of skilled training (97530) for sit-to-stand transfer"
            + " from standard chair height. Patient required moderate manual assist and verbal cueing for forward"
            + " momentum initiation and dynamic knee stability throughout the ascent. Focus on sequencing and trunk"
            + " control to address goal of independent home transfers.";
    static final String SEED_97110_EXAMPLE = "A therapist instructs a patient in a series of seated shoulder"
            + " strengthening exercises using resistance bands to increase shoulder flexion.";
    static final String SEED_BICEP_CURLS = "The patient performs 3 sets of 10 bicep curls with a dumbbell to increase"
            + " the strength needed to eventually lift the groceries.";
    static final String SEED_97530_EXAMPLE = "The same patient is then instructed to practice retrieving different"
            + " sized, weighted items from various height shelves in a simulated kitchen environment, focusing on"
            + " proper body mechanics and safety.";

    private DocClaims() {
    }

    static ServiceLine line(int number, String code, Integer minutes, String note, String... goalIds) {
        return new ServiceLine(number, code, List.of("GP"), 1, minutes, null, DOS,
                new Documentation(note, Arrays.asList(goalIds)));
    }

    static ServiceLine undocumentedLine(int number, String code, Integer minutes) {
        return new ServiceLine(number, code, List.of("GP"), 1, minutes, null, DOS, null);
    }

    static PlanOfCare plan(Goal... goals) {
        return new PlanOfCare(List.of(goals));
    }

    static Claim claim(PlanOfCare plan, ServiceLine... lines) {
        return new Claim("PCN-DOC", new Payer("MEDICARE", null, "medicare", null), Discipline.PT, DOS,
                List.of("M62.81"), null, plan, List.of(lines), null);
    }

    static List<Finding> run(Rule rule, Claim claim) {
        List<Finding> findings = new ArrayList<>();
        rule.evaluate(new ClaimContext(claim, MEDICARE, NO_NCCI), findings::add);
        findings.forEach(f -> {
            if (!f.ruleId().equals(rule.id().name())) {
                throw new AssertionError(rule.getClass().getSimpleName() + " reported " + f.ruleId());
            }
        });
        return findings;
    }

    static List<Finding> runAll(Claim claim) {
        List<Finding> findings = new ArrayList<>();
        ClaimContext context = new ClaimContext(claim, MEDICARE, NO_NCCI);
        DocumentationRules.all().forEach(rule -> rule.evaluate(context, findings::add));
        return findings;
    }

    static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    static List<Finding> only(RuleId id, List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(id.name())).toList();
    }
}
