package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.Payer;
import io.claimscrub.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One 2300 claim while it is being read, with its 2310B rendering provider and 2400 lines. Keeps
 * only what the claim model needs: no patient or subscriber names, ids or birth dates. One instance
 * is reused claim after claim ({@link #start}); what it hands on is immutable.
 */
final class ClaimDraft {
    private static final RuleId SYNTAX = RuleId.X12_SYNTAX;
    private static final String PROCEDURE_SUGGESTION =
            "Send SV101 as HC:<CPT/HCPCS code>[:modifier...] with the component separator the ISA declares (ISA16).";
    /** SV107 pointers count HI's diagnosis codes from 1 (TR3: at most 12 diagnoses can be pointed at, 4 per line). */
    private static final int MAX_POINTER = 12;
    private static final int MAX_POINTERS_PER_LINE = 4;
    /**
     * A claim past {@link Claim#MAX_SERVICE_LINES} is rejected and its later lines are not kept (a
     * 20,000-line claim made a 304 MB result line: TIMED_CODE_SPLIT_LINES lists every line of a code on each).
     */
    private static final int MAX_LINES = Claim.MAX_SERVICE_LINES;
    /** Ceiling of SV104, units or minutes, as of line-note minutes ({@link MinutesNote}). */
    private static final int MAX_QUANTITY = ServiceLine.MAX_QUANTITY;
    private static final String DIAGNOSIS_SUGGESTION = "Send the diagnoses in HI (ABK principal, ABF others).";
    private static final String POINTER_SUGGESTION = "Send SV107 as up to 4 different diagnosis positions 1-12 (1 is"
            + " the first HI diagnosis), separated by the component separator the ISA declares (ISA16).";

    private final ValueCache cache;
    private final int[] components = new int[16];
    private final String[] modifierSlots = new String[4];
    private final LineDraft line = new LineDraft();
    private String[] diagnoses = new String[8];
    private ServiceLine[] lines = new ServiceLine[8];
    /** Line charges in cents, to check CLM02 without BigDecimal arithmetic ({@link Values#NOT_CENTS} if unknown). */
    private long[] lineCents = new long[8];
    /** Per line: its {@link LineDraft#largestPointer} and where its SV1 is, for the pointer check at the claim's end. */
    private int[] largestPointers = new int[8];
    private long[] serviceOrdinals = new long[8];

    private boolean open;
    private long clmOrdinal;
    private String claimId;
    private Payer payer;
    private String billingTaxonomy;
    /** CLM02 in cents ({@link Values#NOT_CENTS} when it is not a number with at most two decimals)... */
    private long totalCents;
    /** ...and its number of decimals, to give it back as sent. */
    private int totalDecimals;
    /** CLM02 as a BigDecimal, only when it is a number but not in cents (more than two decimals); else null. */
    private BigDecimal exactTotal;
    private LocalDate dateOfService;
    private int diagnosisCount;
    private boolean hasDiagnosisSegment;
    /** An HI element looked like a diagnosis but could not be read (already a finding). */
    private boolean diagnosisUnreadable;
    private String renderingNpi;
    private String renderingTaxonomy;
    private int lineCount;
    /** LX segments of the claim, kept or not. */
    private int lxCount;
    /** Problems that make the claim unreadable: any of them turns it into a rejection. Null while none. */
    private List<Finding> unreadable;
    /** Problems that do not stop the claim being read. Null while none. */
    private List<Finding> findings;

    ClaimDraft(ValueCache cache) {
        this.cache = cache;
    }

    boolean isOpen() {
        return open;
    }

    /** 2300 CLM: starts a claim. */
    void start(Segment clm, Payer payer, String billingTaxonomy) {
        open = true;
        clmOrdinal = clm.ordinal();
        claimId = clm.textOrNull(1);
        this.payer = payer;
        this.billingTaxonomy = billingTaxonomy;
        dateOfService = null;
        diagnosisCount = 0;
        hasDiagnosisSegment = false;
        diagnosisUnreadable = false;
        renderingNpi = null;
        renderingTaxonomy = null;
        lineCount = 0;
        lxCount = 0;
        line.open = false;
        unreadable = null;
        findings = null;
        if (claimId == null) {
            addUnreadable(SYNTAX.onClaim("CLM at segment " + clmOrdinal
                    + " has no claim id (CLM01), so the claim cannot be identified",
                    "Send the patient control number in CLM01."));
        }
        byte[] b = clm.buffer();
        // not cached: claim totals hardly repeat, and thousands of them pushed the line values out
        // of the cache (the reader is ~8 % faster without: measured A/B). Kept in cents, not as a
        // BigDecimal: one object and one parse less per claim (~1.5 % of the reader, measured A/B)
        boolean hasTotal = clm.elementCount() >= 2;
        totalCents = hasTotal ? Values.cents(b, clm.start(2), clm.end(2)) : Values.NOT_CENTS;
        totalDecimals = totalCents == Values.NOT_CENTS ? 0 : Values.decimals(b, clm.start(2), clm.end(2));
        exactTotal = !hasTotal || totalCents != Values.NOT_CENTS ? null : Values.decimal(b, clm.start(2), clm.end(2));
        if (!hasTotal()) {
            problem("CLM02 total charge " + quoted(clm, 2) + " is not a number", "Send the claim total in CLM02.");
        }
        if (clm.isEmpty(5)) {
            problem("CLM05 (place of service) is missing", "Send the place of service in CLM05-1 (e.g. 11 office).");
        }
    }

    /** "claim X (CLM at segment N)". */
    private String self() {
        return (claimId == null ? "claim" : "claim " + claimId) + " (CLM at segment " + clmOrdinal + ")";
    }

    /** A problem found by the enclosing loops (billing provider, hierarchy) that concerns this claim. */
    void add(Finding finding) {
        if (findings == null) {
            findings = new ArrayList<>(2);
        }
        findings.add(finding);
    }

    private void addUnreadable(Finding finding) {
        if (unreadable == null) {
            unreadable = new ArrayList<>(2);
        }
        unreadable.add(finding);
    }

    /** The claim cannot be read as a whole (cut off by a missing SE, a stray SV1...). */
    void unreadable(String what, String suggestion) {
        addUnreadable(SYNTAX.onClaim(self() + ": " + what, suggestion));
    }

    private void problem(String what, String suggestion) {
        add(SYNTAX.onClaim(self() + ": " + what, suggestion));
    }

    private void lineProblem(Segment s, String what, String suggestion) {
        lineProblem(where(s), line.number, line.code, what, suggestion);
    }

    private void lineProblem(String where, int lineNumber, String code, String what, String suggestion) {
        add(SYNTAX.onLine(lineNumber, code, where + " (line " + lineNumber + "): " + what, suggestion));
    }

    private void unreadableLine(Segment s, String what, String suggestion) {
        addUnreadable(SYNTAX.onLine(line.number, line.code, where(s) + " (line " + line.number + " of " + self()
                + "): " + what, suggestion));
    }

    /** 2300 DTP*472: the claim's date of service. */
    void claimDate(Segment dtp) {
        dateOfService = serviceDate(dtp, false);
    }

    /** 2400 DTP*472: the line's date of service (the first one counts). */
    void lineDate(Segment dtp) {
        if (line.dateOfService == null) {
            line.dateOfService = serviceDate(dtp, true);
        }
    }

    /** D8 → the date; RD8 → the start of the range (the end is checked, not kept). */
    private LocalDate serviceDate(Segment dtp, boolean forLine) {
        byte[] b = dtp.buffer();
        int from = dtp.start(3);
        int length = dtp.length(3);
        LocalDate date = null;
        boolean knownFormat = true;
        int format = dtp.code(2);
        if (format == Codes.DATE) {
            date = length == 8 ? cache.date8(b, from) : null;
        } else if (format == Codes.DATE_RANGE) {
            if (length == 17 && b[from + 8] == '-') {
                date = cache.date8(b, from);
                LocalDate end = Values.date8(b, from + 9);
                date = end == null || date == null || end.isBefore(date) ? null : date;
            }
        } else {
            knownFormat = false;
        }
        if (date == null) {
            String what = knownFormat
                    ? "DTP*472 " + quoted(dtp, 3) + " is not a valid " + dtp.text(2)
                            + " date; the date of service is not read"
                    : "DTP*472 date format " + quoted(dtp, 2) + " is neither D8 nor RD8; the date of service is not read";
            String suggestion = "Send the date of service as D8*CCYYMMDD or RD8*CCYYMMDD-CCYYMMDD.";
            if (forLine) {
                lineProblem(dtp, what, suggestion);
            } else {
                problem(where(dtp) + ": " + what, suggestion);
            }
        }
        return date;
    }

    /** 2300 HI: ICD diagnosis codes (ABK/ABF ICD-10, BK/BF ICD-9), as sent (no decimal point). */
    void diagnoses(Segment hi) {
        hasDiagnosisSegment = true;
        StringBuilder unreadable = null;
        byte[] b = hi.buffer();
        byte cs = hi.delimiters().component();
        for (int i = 1; i <= hi.elementCount(); i++) {
            if (hi.isEmpty(i)) {
                continue;
            }
            // a composite read before needs no splitting (~4 % of the reader, measured A/B)
            String known = cache.diagnosis(b, hi.start(i), hi.end(i), cs);
            if (known != null) {
                addDiagnosis(known);
                continue;
            }
            int n = hi.components(i, components);
            boolean diagnosis = isDiagnosisQualifier(hi, components[0] + 1, components[1]);
            if (n >= 2 && diagnosis && components[2] > components[1] + 1) {
                String code = cache.text(b, components[1] + 1, components[2], true);
                cache.rememberDiagnosis(b, hi.start(i), hi.end(i), cs, code);
                addDiagnosis(code);
            } else if (diagnosis || n == 1) {
                unreadable = (unreadable == null ? new StringBuilder() : unreadable.append(", "))
                        .append("HI").append(twoDigits(i)).append(' ').append(quoted(hi, i));
            }
        }
        if (unreadable != null) {
            diagnosisUnreadable = true;
            problem(where(hi) + ": " + unreadable + " not read: a diagnosis must be a qualifier:code pair (component"
                    + " separator " + IsaHeader.show(hi.delimiters().component()) + ")",
                    "Send each diagnosis as ABK:<ICD-10 code> (ABF for the others).");
        }
    }

    private void addDiagnosis(String code) {
        if (diagnosisCount == diagnoses.length) {
            diagnoses = Arrays.copyOf(diagnoses, diagnosisCount * 2);
        }
        diagnoses[diagnosisCount++] = code;
    }

    private static final int ABK = Codes.of("ABK");
    private static final int ABF = Codes.of("ABF");
    private static final int BK = Codes.of("BK");
    private static final int BF = Codes.of("BF");

    private static boolean isDiagnosisQualifier(Segment s, int from, int to) {
        int q = s.code(from, to);
        return q == ABK || q == ABF || q == BK || q == BF;
    }

    /** 2310B NM1*82: the rendering provider's NPI, when NM108 says NM109 is one. */
    void renderingProvider(Segment nm1) {
        if (nm1.code(8) != Codes.NPI) {
            problem(where(nm1) + ": the rendering provider's NM108 is " + quoted(nm1, 8)
                    + ", not XX (NPI), so its NPI is not read", "Send the rendering provider's NPI with NM108 = XX.");
            return;
        }
        renderingNpi = cache.textOrNull(nm1, 9, false);
        if (!Npi.isValid(renderingNpi)) {
            problem(where(nm1) + ": the rendering provider NPI " + quoted(nm1, 9)
                    + " is not a valid NPI (10 digits ending in a Luhn check digit)",
                    "Check the rendering provider's NPI in NPPES.");
        }
    }

    /** 2310B PRV*PE: the rendering provider's taxonomy. */
    void renderingTaxonomy(String taxonomy) {
        renderingTaxonomy = taxonomy;
    }

    /** 2400 LX: starts a service line. */
    void startLine(Segment lx) {
        finishLine();
        if (++lxCount == MAX_LINES + 1) {
            unreadable("it has more than " + MAX_LINES + " service lines (LX number " + lxCount + " is at segment "
                    + lx.ordinal() + "); an 837P claim carries at most " + MAX_LINES,
                    "Split the services into claims of at most " + MAX_LINES + " lines.");
        }
        int number = Values.wholeNumber(lx, 1);
        line.start(lx.ordinal(), number > 0 ? number : lineCount + 1);
        if (number <= 0) {
            lineProblem(lx, "LX01 " + quoted(lx, 1) + " is not a line number; the line is numbered "
                    + line.number + " by its position", "Number the service lines 1, 2, 3... in LX01.");
        }
    }

    /** 2400 SV1: procedure, modifiers, charge, units or minutes. */
    void service(Segment sv1) {
        if (line.hasService) {
            unreadableLine(sv1, "a second SV1 in the same LX (at segment " + line.lxOrdinal + ")",
                    "Give each service line its own LX.");
            return;
        }
        line.hasService = true;
        line.serviceOrdinal = sv1.ordinal();
        if (!procedure(sv1)) {
            return;
        }
        byte[] b = sv1.buffer();
        ValueCache.Charge charge = sv1.elementCount() < 2 ? null : cache.charge(b, sv1.start(2), sv1.end(2));
        if (charge == null) {
            lineProblem(sv1, sv1.isEmpty(2) ? "SV102 line charge is missing" : "SV102 line charge " + quoted(sv1, 2)
                    + " is not a number", "Send the line charge in SV102.");
        }
        line.charge = charge == null ? null : charge.amount();
        line.chargeCents = charge == null ? Values.NOT_CENTS : charge.cents();
        quantity(sv1);
        diagnosisPointers(sv1);
    }

    /** SV101: qualifier, code, modifiers 1-4 (slots 3-6). False when unreadable. */
    private boolean procedure(Segment sv1) {
        byte[] b = sv1.buffer();
        byte cs = sv1.delimiters().component();
        ValueCache.Procedure known = cache.procedure(b, sv1.start(1), sv1.end(1), cs);
        if (known != null) {
            line.code = known.code();
            line.modifiers = known.modifiers();
            return true;
        }
        int n = sv1.components(1, components);
        if (n < 2 || !isProcedureQualifier(sv1, components[0] + 1, components[1])) {
            unreadableLine(sv1, "the procedure composite SV101 " + quoted(sv1, 1)
                    + " does not start with HC, ER, IV or WK and the component separator "
                    + IsaHeader.show(cs) + " (ISA16)", PROCEDURE_SUGGESTION);
            return false;
        }
        if (!sv1.isAlphanumeric(components[1] + 1, components[2])) {
            unreadableLine(sv1, "the procedure code in SV101 " + quoted(sv1, 1) + " is not a letter-and-digit code",
                    PROCEDURE_SUGGESTION);
            return false;
        }
        line.code = cache.text(b, components[1] + 1, components[2], true);
        boolean clean = true;
        int count = 0;
        for (int k = 3; k <= Math.min(n, 6); k++) {
            int from = components[k - 1] + 1;
            int to = components[k];
            if (from == to) {
                continue; // empty slot, e.g. HC:J3490:::::description
            }
            String modifier = cache.text(b, from, to, true);
            if (to - from != 2 || !sv1.isAlphanumeric(from, to)) {
                clean = false;
                lineProblem(sv1, "modifier '" + modifier + "' in SV101 is not two letters or digits",
                        "Send each modifier as two letters or digits.");
            }
            modifierSlots[count++] = modifier;
        }
        line.modifiers = Lists.of(modifierSlots, count);
        if (clean) {
            cache.rememberProcedure(b, sv1.start(1), sv1.end(1), cs, new ValueCache.Procedure(line.code, line.modifiers));
        }
        return true;
    }

    private static final int HC = Codes.of("HC");
    private static final int ER = Codes.of("ER");
    private static final int IV = Codes.of("IV");
    private static final int WK = Codes.of("WK");

    /** SV101-1: HCPCS/CPT (HC), jurisdiction-specific (ER), HIEC (IV) or ABC (WK) codes. */
    private static boolean isProcedureQualifier(Segment s, int from, int to) {
        int q = s.code(from, to);
        return q == HC || q == ER || q == IV || q == WK;
    }

    /** SV103/SV104: UN → units, MJ → minutes; a fraction is rounded down with a finding. */
    private void quantity(Segment sv1) {
        long quantity = sv1.elementCount() < 4 ? -1 : Values.quantity(sv1.buffer(), sv1.start(4), sv1.end(4));
        if (quantity < 0) {
            unreadableLine(sv1, sv1.isEmpty(4) ? "SV104 quantity is missing" : "SV104 quantity " + quoted(sv1, 4)
                    + " is not a non-negative number", "Send the units (SV103 UN) or minutes (SV103 MJ) in SV104.");
            return;
        }
        if ((quantity & ~Values.FRACTION) > MAX_QUANTITY) {
            unreadableLine(sv1, "SV104 quantity " + quoted(sv1, 4) + " is above " + MAX_QUANTITY,
                    "Send the line's real units (SV103 UN) or minutes (SV103 MJ) in SV104.");
            return;
        }
        int basis = sv1.code(3);
        boolean minutes = basis == Codes.MINUTES;
        if (!minutes && basis != Codes.UNITS) {
            lineProblem(sv1, "SV103 unit basis " + quoted(sv1, 3)
                    + " is neither UN (units) nor MJ (minutes); SV104 is read as units",
                    "Send SV103 = UN for units or MJ for minutes.");
        }
        int whole = (int) (quantity & ~Values.FRACTION);
        if ((quantity & Values.FRACTION) != 0) {
            lineProblem(sv1, "SV104 quantity " + sv1.text(4) + " is not a whole number of "
                    + (minutes ? "minutes" : "units") + "; read as " + whole + " (rounded down)",
                    minutes ? "Send whole minutes in SV104."
                            : "Bill whole units (SV103 UN), or bill minutes with SV103 MJ.");
        }
        if (minutes) {
            line.minutes = whole;
            line.minutesBilled = true;
        } else {
            line.units = whole;
        }
    }

    /**
     * SV107: 1-4 different pointers 1-12 into the claim's HI diagnoses. Their form is checked here
     * (the first problem of a line is reported), whether HI has that many diagnoses at the claim's
     * end. A bad pointer is a finding, not a rejection: nothing the claim model holds comes from
     * SV107, so the claim reads the same (like a missing HI), and the ERROR finding already says the
     * clearinghouse will reject it.
     */
    private void diagnosisPointers(Segment sv1) {
        int n = sv1.components(7, components);
        if (n == 0 || components[1] == components[0] + 1) {
            lineProblem(sv1, sv1.isEmpty(7) ? "SV107 (diagnosis pointer) is missing"
                    : "SV107 " + quoted(sv1, 7) + " has no first diagnosis pointer (SV107-1)", POINTER_SUGGESTION);
            return;
        }
        byte[] b = sv1.buffer();
        int seen = 0; // bit p set: pointer p is already on this line
        String problem = null;
        for (int k = 1; k <= n; k++) {
            int from = components[k - 1] + 1;
            int to = components[k];
            if (from == to) {
                continue; // an empty later pointer, e.g. 1::3
            }
            int pointer = Values.wholeNumber(b, from, to);
            boolean inRange = pointer >= 1 && pointer <= MAX_POINTER;
            if (inRange && (seen & 1 << pointer) == 0) {
                seen |= 1 << pointer;
                line.largestPointer = Math.max(line.largestPointer, pointer);
            } else if (problem == null) {
                problem = "SV107 " + quoted(sv1, 7) + (inRange ? " repeats diagnosis pointer " + pointer
                        : " has a diagnosis pointer '" + sv1.text(from, to) + "' that is not a whole number from 1 to "
                                + MAX_POINTER);
            }
        }
        if (problem == null && n > MAX_POINTERS_PER_LINE) {
            problem = "SV107 " + quoted(sv1, 7) + " has " + n + " diagnosis pointers; a line takes at most "
                    + MAX_POINTERS_PER_LINE;
        }
        if (problem != null) {
            lineProblem(sv1, problem, POINTER_SUGGESTION);
        }
    }

    /** 2400 NTE*ADD: the MIN=/MINUTES= convention for treatment minutes. */
    void lineNote(Segment nte) {
        if (nte.elementCount() < 2) {
            return;
        }
        if (line.noteRead) { // TR3: one line note per 2400 loop
            lineProblem(nte, "a second NTE*ADD on the line; only the first is read",
                    "Put the line's note, with its MIN=, in one NTE*ADD.");
            return;
        }
        line.noteRead = true;
        int minutes = MinutesNote.minutes(nte.buffer(), nte.start(2), nte.end(2));
        if (minutes == MinutesNote.MALFORMED) {
            lineProblem(nte, "the line note's MIN= is not a whole number of minutes from 0 to " + MAX_QUANTITY
                    + "; minutes are not read",
                    "Write the treatment minutes in the line note as MIN=<minutes>, e.g. MIN=23.");
        } else if (minutes >= 0 && line.minutesBilled) {
            if (line.minutes != minutes) {
                lineProblem(nte, "the line bills " + line.minutes + " minutes (SV103 MJ) but its note says MIN="
                        + minutes + "; the billed minutes are used", "Make the note's minutes match SV104.");
            }
        } else if (minutes >= 0) {
            line.minutes = minutes;
        }
    }

    private void finishLine() {
        if (!line.open) {
            return;
        }
        line.open = false;
        if (!line.hasService) {
            addUnreadable(SYNTAX.onLine(line.number, null, "LX at segment " + line.lxOrdinal + " (line " + line.number
                    + " of " + self() + ") has no SV1, so the service line cannot be read",
                    "Follow every LX with its SV1 service segment."));
        } else if (line.code != null && lineCount < MAX_LINES) {
            if (lineCount == lines.length) {
                lines = Arrays.copyOf(lines, lineCount * 2);
                lineCents = Arrays.copyOf(lineCents, lineCount * 2);
                largestPointers = Arrays.copyOf(largestPointers, lineCount * 2);
                serviceOrdinals = Arrays.copyOf(serviceOrdinals, lineCount * 2);
            }
            // the 2300 date is final here: its DTP*472 comes before the first LX
            lineCents[lineCount] = line.chargeCents;
            largestPointers[lineCount] = line.largestPointer;
            serviceOrdinals[lineCount] = line.serviceOrdinal;
            lines[lineCount++] = line.toServiceLine(dateOfService);
        }
    }

    /** Finishes the claim and hands it on: a claim, or a rejection when something made it unreadable. */
    void emit(HeldOutcomes outcomes, Scope scope) {
        finishLine();
        open = false;
        if (claimId != null && lineCount == 0 && unreadable == null) {
            addUnreadable(SYNTAX.onClaim(self() + " has no service line (no LX/SV1 follows it)",
                    "Every 837P claim needs at least one 2400 service line (LX and SV1)."));
        }
        if (!hasDiagnosisSegment) {
            problem("no HI segment: the claim has no diagnosis", DIAGNOSIS_SUGGESTION);
        } else if (diagnosisCount > 0) {
            checkPointerTargets();
        } else if (!diagnosisUnreadable) {
            // with no diagnosis at all, one claim finding says it; a pointer finding per line would repeat it
            problem("its HI segments carry no diagnosis code (ABK, ABF, BK or BF): the claim has no diagnosis",
                    DIAGNOSIS_SUGGESTION);
        }
        checkTotal();
        if (unreadable != null) {
            List<Finding> all = new ArrayList<>(unreadable);
            if (findings != null) {
                all.addAll(findings);
            }
            outcomes.rejection(claimId, all, scope);
            return;
        }
        Discipline discipline = TaxonomyDisciplines.of(renderingTaxonomy != null ? renderingTaxonomy : billingTaxonomy);
        Claim claim = new Claim(claimId, payer, discipline, dateOfService, Lists.of(diagnoses, diagnosisCount), null, null,
                Lists.of(lines, lineCount), renderingNpi);
        outcomes.claim(claim, findings == null ? List.of() : findings, scope);
    }

    /**
     * Each line's SV107 pointers must stay within the diagnosis codes read from HI. Checked here, once
     * HI is surely read wherever it stood; not when no diagnosis was read, which a claim finding says.
     */
    private void checkPointerTargets() {
        for (int i = 0; i < lineCount; i++) {
            if (largestPointers[i] > diagnosisCount) {
                lineProblem("SV1 at segment " + serviceOrdinals[i], lines[i].line(), lines[i].code(), "SV107 points at"
                        + " diagnosis " + largestPointers[i] + " but the claim's HI lists " + diagnosisCount
                        + (diagnosisCount == 1 ? " diagnosis" : " diagnoses"),
                        "Point SV107 only at diagnoses the claim's HI lists, or add the missing diagnosis to HI.");
            }
        }
    }

    /** CLM02 must equal the sum of the SV102 line charges (checked when they are all known and kept). */
    private void checkTotal() {
        if (!hasTotal() || lineCount == 0 || lxCount > MAX_LINES) {
            return;
        }
        long cents = 0;
        for (int i = 0; i < lineCount && cents != Values.NOT_CENTS; i++) {
            cents = lineCents[i] == Values.NOT_CENTS ? Values.NOT_CENTS : cents + lineCents[i];
        }
        if (cents != Values.NOT_CENTS && totalCents != Values.NOT_CENTS) {
            if (cents != totalCents) {
                totalMismatch(BigDecimal.valueOf(cents, 2));
            }
            return;
        }
        BigDecimal sum = BigDecimal.ZERO; // a charge with more than two decimals: exact arithmetic
        for (int i = 0; i < lineCount; i++) {
            if (lines[i].charge() == null) {
                return;
            }
            sum = sum.add(lines[i].charge());
        }
        if (sum.compareTo(totalCharge()) != 0) {
            totalMismatch(sum);
        }
    }

    private boolean hasTotal() {
        return totalCents != Values.NOT_CENTS || exactTotal != null;
    }

    /** CLM02 as sent (the same scale). */
    private BigDecimal totalCharge() {
        return exactTotal != null ? exactTotal : BigDecimal.valueOf(totalCents, 2).setScale(totalDecimals);
    }

    private void totalMismatch(BigDecimal sum) {
        problem("CLM02 total charge " + totalCharge().toPlainString() + " does not equal the sum of the line charges (SV102) "
                + sum.toPlainString(), "Make CLM02 the sum of the SV102 line charges.");
    }

    static String where(Segment s) {
        return s.tagText() + " at segment " + s.ordinal();
    }

    /** An element's text in quotes for a message ('' when empty); long values are cut. */
    static String quoted(Segment s, int element) {
        String text = s.text(element);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    private static String twoDigits(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }
}
