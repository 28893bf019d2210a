package io.claimscrub.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the engine sees it: the same record whether it came from request JSON or an 837P.
 * It deliberately carries no patient or subscriber identity (names, member ids, birth dates):
 * no rule needs them, so they never reach results, work files or logs.
 *
 * @param claimId           patient control number (837: CLM01)
 * @param payer             payer and how to choose its profile
 * @param discipline        discipline of the plan of care; may be null
 * @param dateOfService     claim-level date of service; may be null
 * @param diagnoses         ICD-10 codes
 * @param ytdTherapyAmount  therapy amount already incurred this year, for the KX threshold; may be null
 * @param planOfCare        plan-of-care goals; may be null
 * @param lines             service lines in order
 * @param renderingProviderNpi rendering provider NPI (837: 2310B NM109); may be null
 */
public record Claim(String claimId, Payer payer, Discipline discipline, LocalDate dateOfService,
                    List<String> diagnoses, BigDecimal ytdTherapyAmount, PlanOfCare planOfCare,
                    List<ServiceLine> lines, String renderingProviderNpi) {
    /**
     * An 837P claim carries at most 50 service lines (TR3: the 2400 loop repeats 50 times); both
     * readers refuse more, so one runaway claim cannot exhaust memory or blow up its result.
     */
    public static final int MAX_SERVICE_LINES = 50;

    /**
     * An amount (a line charge, the year-to-date therapy amount) has at most 18 digits, as the 837's
     * decimal type (R, 1 to 18 digits) allows; both readers refuse more. JSON allows exponents:
     * {@code 1e1000000} as a year-to-date amount had the KX check build and print a million-digit
     * number (a minute of CPU for a 30-byte field), and {@code 1e999999999} overflowed outright.
     */
    public static final int MAX_AMOUNT_DIGITS = 18;

    public Claim {
        payer = payer == null ? Payer.UNKNOWN : payer;
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
