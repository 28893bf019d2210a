package io.claimscrub.rules.ncci;

import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim's codes per date of service, each with its lines: the unit the NCCI tables and payer
 * caps are written for ("units of a code on one date"). Computed once per claim.
 */
public final class DailyCodes {
    /** One code's lines on one date. */
    public record CodeOnDate(LocalDate date, String code, List<ServiceLine> lines) {
        /** Units over the lines; a line billed in minutes (null units) counts as 0. */
        public int units() {
            int units = 0;
            for (ServiceLine line : lines) {
                units += line.billedUnits();
            }
            return units;
        }

        public ServiceLine firstLine() {
            return lines.get(0);
        }
    }

    private DailyCodes() {
    }

    /** Per date (in the order dates first appear), the codes billed that date in line order. */
    public static Map<LocalDate, List<CodeOnDate>> of(ClaimContext context) {
        return context.derived(DailyCodes.class, DailyCodes::compute);
    }

    private static Map<LocalDate, List<CodeOnDate>> compute(ClaimContext context) {
        Map<LocalDate, List<CodeOnDate>> byDate = new LinkedHashMap<>();
        context.linesByDate().forEach((date, lines) -> {
            Map<String, List<ServiceLine>> byCode = new LinkedHashMap<>();
            for (ServiceLine line : lines) {
                if (line.code() != null) {
                    byCode.computeIfAbsent(line.code(), c -> new ArrayList<>(1)).add(line);
                }
            }
            List<CodeOnDate> codes = new ArrayList<>(byCode.size());
            byCode.forEach((code, codeLines) -> codes.add(new CodeOnDate(date, code, List.copyOf(codeLines))));
            byDate.put(date, List.copyOf(codes));
        });
        return byDate;
    }
}
