package io.claimscrub.rules;

import io.claimscrub.model.ServiceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private static List<List<CodeOnDate>> compute(ClaimContext context) {
        List<List<ServiceLine>> linesByDate = context.linesByDate();
        if (linesByDate.size() == 1) { // the usual claim
            return List.of(codesOn(linesByDate.get(0)));
        }
        List<List<CodeOnDate>> byDate = new ArrayList<>(linesByDate.size());
        for (List<ServiceLine> dateLines : linesByDate) {
            byDate.add(codesOn(dateLines));
        }
        return List.copyOf(byDate);
    }

    /**
     * One date's codes in order of their first line; a date has a handful, so a scan beats hashing.
     * The first lines are gathered in an array and only a repeated code's lines gathered again: a
     * list and a holder per code cost about 100 B a claim (measured).
     */
    private static List<CodeOnDate> codesOn(List<ServiceLine> lines) {
        LocalDate date = lines.get(0).dateOfService();
        ServiceLine[] firstLines = new ServiceLine[lines.size()];
        boolean[] repeated = null; // made for the first repeat
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            if (line.code() == null) {
                continue;
            }
            int seen = indexOf(firstLines, n, line.code());
            if (seen < 0) {
                firstLines[n++] = line;
            } else {
                if (repeated == null) {
                    repeated = new boolean[lines.size()];
                }
                repeated[seen] = true;
            }
        }
        CodeOnDate[] result = new CodeOnDate[n];
        for (int k = 0; k < n; k++) {
            ServiceLine first = firstLines[k];
            boolean more = repeated != null && repeated[k];
            result[k] = new CodeOnDate(date, first.code(), more ? linesOf(lines, first.code()) : List.of(first));
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

    /** The lines billing the code, in line order. */
    private static List<ServiceLine> linesOf(List<ServiceLine> lines, String code) {
        List<ServiceLine> same = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            if (code.equals(line.code())) {
                same.add(line);
            }
        }
        return List.copyOf(same);
    }
}
