package io.claimscrub.units;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.Payer;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.payer.PayerProfile;
import io.claimscrub.reference.MueTable;
import io.claimscrub.reference.PtpTable;
import io.claimscrub.reference.ReferenceData;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Claims with timed therapy lines, built directly, for the units and time-rule tests. */
public final class TimedClaims {
    public static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    private TimedClaims() {
    }

    /** A PT line on {@link #DOS}. */
    public static ServiceLine line(int number, String code, Integer units, Integer minutes) {
        return line(number, code, units, minutes, DOS);
    }

    public static ServiceLine line(int number, String code, Integer units, Integer minutes, LocalDate date) {
        return new ServiceLine(number, code, List.of("GP"), units, minutes, null, date, null);
    }

    public static ClaimContext context(UnitMethod method, ServiceLine... lines) {
        Claim claim = new Claim("PCN-1001", new Payer("MEDICARE", null, null, "MB"), Discipline.PT, DOS,
                List.of("M62.81"), null, null, List.of(lines), null);
        PayerProfile profile = new PayerProfile(method == UnitMethod.CMS ? "medicare" : "commercial-ama", method,
                true, true, Map.of(), Map.of());
        return new ClaimContext(claim, profile, new ReferenceData(new PtpTable(List.of()), new MueTable(List.of())));
    }

    public static List<Finding> findings(Rule rule, ClaimContext context) {
        List<Finding> findings = new ArrayList<>();
        rule.evaluate(context, findings::add);
        return findings;
    }
}
