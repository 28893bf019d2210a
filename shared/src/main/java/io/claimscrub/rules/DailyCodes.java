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

    /** One date's codes in order of their first line; a date has a handful, so a scan beats hashing. */
    private static List<CodeOnDate> codesOn(List<ServiceLine> lines) {
        LocalDate date = lines.get(0).dateOfService();
        List<CodeLines> codes = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            if (line.code() == null) {
                continue;
            }
            CodeLines same = null;
            for (int k = 0; k < codes.size(); k++) {
                CodeLines c = codes.get(k);
                if (c.code.equals(line.code())) {
                    same = c;
                    break;
                }
            }
            if (same == null) {
                codes.add(new CodeLines(line));
            } else {
                same.add(line);
            }
        }
        CodeOnDate[] result = new CodeOnDate[codes.size()];
        for (int i = 0; i < result.length; i++) {
            CodeLines c = codes.get(i);
            result[i] = new CodeOnDate(date, c.code, c.lines());
        }
        return List.of(result);
    }

    /** A code's lines while they are gathered: most codes have one line, which needs no list of its own. */
    private static final class CodeLines {
        final String code;
        final ServiceLine first;
        List<ServiceLine> more;

        CodeLines(ServiceLine first) {
            this.code = first.code();
            this.first = first;
        }

        void add(ServiceLine line) {
            if (more == null) {
                more = new ArrayList<>(2);
                more.add(first);
            }
            more.add(line);
        }

        List<ServiceLine> lines() {
            return more == null ? List.of(first) : List.copyOf(more);
        }
    }
}
