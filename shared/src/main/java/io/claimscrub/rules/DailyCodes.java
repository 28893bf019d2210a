package io.claimscrub.rules;

import io.claimscrub.model.ServiceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claim's codes per date of service, each with its lines: the unit the NCCI tables, payer
 * caps and the time rules are written for ("units of a code on one date"). Computed once per claim.
 */
public final class DailyCodes {
    /** One code's lines on one date. */
    public record CodeOnDate(LocalDate date, String code, List<ServiceLine> lines) {
        /** Units over the lines; a line billed in minutes (null units) counts as 0. */
        public int units() {
            int units = 0;
            for (int i = 0; i < lines.size(); i++) {
                ServiceLine line = lines.get(i);
                units += line.billedUnits();
            }
            return units;
        }

        public ServiceLine firstLine() {
            return lines.get(0);
        }
    }

    private static final ClaimContext.View<List<List<CodeOnDate>>> BY_DATE = ClaimContext.View.of(DailyCodes::compute);

    private DailyCodes() {
    }

    /** Per date (in the order dates first appear), the codes billed that date in line order. */
    public static List<List<CodeOnDate>> of(ClaimContext context) {
        return context.get(BY_DATE);
    }

    /**
     * Every code of every date, in the order of {@link #of}: the usual one-date claim's own list, so
     * nothing is made for it (a consumer per claim instead cost 24 B a claim, measured).
     */
    public static List<CodeOnDate> allCodes(ClaimContext context) {
        List<List<CodeOnDate>> days = of(context);
        if (days.size() == 1) {
            return days.get(0);
        }
        List<CodeOnDate> all = new ArrayList<>();
        days.forEach(all::addAll);
        return all;
    }

    private static List<List<CodeOnDate>> compute(ClaimContext context) {
        List<ServiceLine> lines = context.claim().lines();
        List<CodeOnDate> oneDate = lines.isEmpty() ? null : codesOn(lines);
        if (oneDate != null) { // the usual claim: its lines are never grouped by date first
            return List.of(oneDate);
        }
        // Several dates: lines grouped by date in order of first appearance; lines with no date are one date.
        Map<LocalDate, List<ServiceLine>> byDate = new LinkedHashMap<>();
        for (ServiceLine line : lines) {
            byDate.computeIfAbsent(line.dateOfService(), d -> new ArrayList<>()).add(line);
        }
        List<List<CodeOnDate>> codes = new ArrayList<>(byDate.size());
        for (List<ServiceLine> dateLines : byDate.values()) {
            codes.add(codesOn(dateLines));
        }
        return List.copyOf(codes);
    }

    /**
     * The codes of lines of one date in order of their first line, or null when the lines are of several
     * dates: the usual claim's lines are walked once, not grouped by date first. A date has a handful of
     * codes, so a scan beats hashing. The first lines are gathered in an array and only a repeated code's
     * lines gathered again: a list and a holder per code cost about 100 B a claim (measured).
     */
    private static List<CodeOnDate> codesOn(List<ServiceLine> lines) {
        LocalDate date = lines.get(0).dateOfService();
        ServiceLine[] firstLines = new ServiceLine[lines.size()];
        int[] counts = null; // made for the first repeat
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            if (!Objects.equals(date, line.dateOfService())) {
                return null;
            }
            if (line.code() == null) {
                continue;
            }
            int seen = indexOf(firstLines, n, line.code());
            if (seen < 0) {
                firstLines[n++] = line;
            } else {
                if (counts == null) {
                    counts = new int[lines.size()];
                }
                counts[seen]++;
            }
        }
        CodeOnDate[] result = new CodeOnDate[n];
        for (int k = 0; k < n; k++) {
            ServiceLine first = firstLines[k];
            int more = counts == null ? 0 : counts[k];
            List<ServiceLine> codeLines = more == 0 ? List.of(first) : linesOf(lines, first.code(), 1 + more);
            result[k] = new CodeOnDate(date, first.code(), codeLines);
        }
        return List.of(result);
    }

    /** Where the code's first line is among the first {@code n}, or -1. */
    private static int indexOf(ServiceLine[] firstLines, int n, String code) {
        for (int k = 0; k < n; k++) {
            if (firstLines[k].code().equals(code)) {
                return k;
            }
        }
        return -1;
    }

    /** The {@code count} lines billing the code, in line order. */
    private static List<ServiceLine> linesOf(List<ServiceLine> lines, String code, int count) {
        ServiceLine[] same = new ServiceLine[count];
        for (int i = 0, k = 0; k < count; i++) {
            ServiceLine line = lines.get(i);
            if (code.equals(line.code())) {
                same[k++] = line;
            }
        }
        return List.of(same);
    }
}
