package io.claimscrub.engine;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.payer.PayerProfile;
import io.claimscrub.payer.PayerProfiles;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.reference.ReferenceData;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.StandardRules;
import io.claimscrub.units.UnitsAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one engine every entry point shares: a claim in, findings, units and risk out. Immutable and
 * thread-safe once built; build it once (per process, per Lambda container) and reuse it.
 */
public final class ScrubEngine {
    private final PayerProfiles profiles;
    private final ReferenceData reference;
    private final List<Rule> rules;
    private final RiskScorer risk = new RiskScorer();

    public ScrubEngine(PayerProfiles profiles, ReferenceData reference, List<Rule> rules) {
        this.profiles = Objects.requireNonNull(profiles);
        this.reference = Objects.requireNonNull(reference);
        this.rules = List.copyOf(rules);
    }

    /** The engine with the built-in payer profiles, the shipped NCCI tables and every standard rule. */
    public static ScrubEngine builtIn() {
        return new ScrubEngine(PayerProfiles.builtIn(), NcciFiles.builtIn(), StandardRules.all());
    }

    public ClaimResult scrub(Claim claim) {
        return scrub(claim, List.of());
    }

    /**
     * Scrubs a claim.
     *
     * @param readFindings findings the reader already made about this claim (e.g. X12 envelope
     *                     errors); they come first in the result
     * @throws IllegalArgumentException when the claim names a payer profile that does not exist
     */
    public ClaimResult scrub(Claim claim, List<Finding> readFindings) {
        PayerProfile profile = profiles.select(claim.payer());
        ClaimContext context = new ClaimContext(claim, profile, reference);
        List<Finding> findings = new ArrayList<>(readFindings.size() + 8);
        findings.addAll(readFindings);
        Consumer<Finding> sink = findings::add;
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            rule.evaluate(context, sink);
        }
        int score = risk.score(findings);
        return new ClaimResult(claim.claimId(), ClaimResult.Status.SCRUBBED, score, risk.level(score),
                profile.id(), UnitsAnalysis.of(context), findings);
    }

    /** The result for a claim (or, with a null id, a whole file) that could not be read. */
    public ClaimResult reject(String claimId, List<Finding> findings) {
        int score = risk.score(findings);
        return new ClaimResult(claimId, ClaimResult.Status.REJECTED, score, risk.level(score), null, null, findings);
    }

    public PayerProfiles profiles() {
        return profiles;
    }
}
