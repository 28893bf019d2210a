package io.claimscrub.rules.ncci;

import io.claimscrub.model.ServiceLine;
import io.claimscrub.reference.PtpEdit;
import io.claimscrub.reference.PtpTable;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.DailyCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * The NCCI PTP edits in force between codes billed on the same date of service: computed once per
 * claim and shared by the PTP rules and the modifier-59 rules. Edits with modifier indicator 9
 * (not applicable) and edits deleted before the date are left out.
 */
public final class ActivePtpPairs {
    /** One active edit between the lines of one date. */
    public record Pair(LocalDate date, PtpEdit edit, List<ServiceLine> column1Lines, List<ServiceLine> column2Lines) {
        public boolean isColumn1(ServiceLine line) {
            return contains(column1Lines, line);
        }

        public boolean isColumn2(ServiceLine line) {
            return contains(column2Lines, line);
        }

        /** Whether any column-1 line carries a distinct-service modifier. */
        public boolean column1HasDistinctModifier() {
            return anyDistinctModifier(column1Lines);
        }

        /** Whether any column-2 line carries a distinct-service modifier. */
        public boolean column2HasDistinctModifier() {
            return anyDistinctModifier(column2Lines);
        }

        /** "97150 (line 1)". */
        public String column1Text() {
            return edit.column1() + " (" + FindingText.lines(column1Lines) + ")";
        }

        /** "97530 (line 2)". */
        public String column2Text() {
            return edit.column2() + " (" + FindingText.lines(column2Lines) + ")";
        }

        /** "PTP 97150/97530, modifier indicator 1: Mutually exclusive procedures". */
        public String evidence() {
            return "PTP " + edit.column1() + "/" + edit.column2() + ", modifier indicator " + edit.modifierIndicator()
                    + ": " + edit.rationale();
        }

        private static boolean anyDistinctModifier(List<ServiceLine> lines) {
            for (ServiceLine line : lines) {
                if (DistinctServiceModifiers.any(line)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean contains(List<ServiceLine> lines, ServiceLine line) {
            for (int i = 0; i < lines.size(); i++) {
                ServiceLine l = lines.get(i);
                if (l.line() == line.line()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Comparator<ServiceLine> BY_LINE_NUMBER = Comparator.comparingInt(ServiceLine::line);

    private static final ClaimContext.View<List<Pair>> PAIRS = ClaimContext.View.of(ActivePtpPairs::compute);

    private ActivePtpPairs() {
    }

    /** Each pair's {@link Pair#evidence()}, in order: a finding's evidence list. */
    public static List<String> evidence(List<Pair> pairs) {
        if (pairs.isEmpty()) { // the usual modifier-59 finding: no array (-25 B a claim)
            return List.of();
        }
        String[] evidence = new String[pairs.size()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = pairs.get(i).evidence();
        }
        return List.of(evidence);
    }

    /** The pairs' texts ({@link Pair#column1Text()} or {@link Pair#column2Text()}) joined with " and ". */
    public static String texts(List<Pair> pairs, boolean column1) {
        StringBuilder text = new StringBuilder();
        for (Pair pair : pairs) {
            text.append(text.length() == 0 ? "" : " and ").append(column1 ? pair.column1Text() : pair.column2Text());
        }
        return text.toString();
    }

    public static List<Pair> of(ClaimContext context) {
        return context.get(PAIRS);
    }

    /**
     * The pairs grouped by column-2 line (in line order), keeping the (pair, column-2 line)
     * combinations {@code include} accepts: one finding per denied line, naming every pair behind it.
     */
    public static SortedMap<ServiceLine, List<Pair>> byColumn2Line(List<Pair> pairs,
                                                                 BiPredicate<Pair, ServiceLine> include) {
        SortedMap<ServiceLine, List<Pair>> byLine = new TreeMap<>(BY_LINE_NUMBER);
        for (Pair pair : pairs) {
            for (ServiceLine line : pair.column2Lines()) {
                if (include.test(pair, line)) {
                    byLine.computeIfAbsent(line, l -> new ArrayList<>(1)).add(pair);
                }
            }
        }
        return byLine;
    }

    private static List<Pair> compute(ClaimContext context) {
        PtpTable ptp = context.reference().ptp();
        List<Pair> pairs = null; // most claims have no pair at all
        List<List<DailyCodes.CodeOnDate>> days = DailyCodes.of(context);
        for (int d = 0; d < days.size(); d++) { // indexed: no iterator per claim
            List<DailyCodes.CodeOnDate> codes = days.get(d);
            for (int c1 = 0; c1 < codes.size(); c1++) {
                DailyCodes.CodeOnDate column1 = codes.get(c1);
                LocalDate date = column1.date();
                PtpTable.Column1Edits edits = ptp.withColumn1(column1.code());
                if (edits.isEmpty()) {
                    continue;
                }
                for (int c2 = 0; c2 < codes.size(); c2++) {
                    DailyCodes.CodeOnDate column2 = codes.get(c2);
                    if (column1 == column2) {
                        continue;
                    }
                    PtpEdit edit = edits.activeEdit(column2.code(), date);
                    if (edit != null && edit.modifierIndicator() != PtpEdit.NOT_APPLICABLE) {
                        if (pairs == null) {
                            pairs = new ArrayList<>(2);
                        }
                        pairs.add(new Pair(date, edit, column1.lines(), column2.lines()));
                    }
                }
            }
        }
        return pairs == null ? List.of() : List.copyOf(pairs);
    }
}
