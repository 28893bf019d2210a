package io.claimscrub.reference;

import java.time.LocalDate;

/**
 * One NCCI procedure-to-procedure edit row (CMS PTP file).
 *
 * @param column1           column-1 (comprehensive) code
 * @param column2           column-2 (component) code, the one denied when the pair is billed together
 * @param effectiveDate     first date the edit applies; null when the source does not carry it (unknown)
 * @param deletionDate      last date of service the edit applies to; null for CMS "*" (not deleted).
 *                          In CMS's files every edit that was in force (indicator 0 or 1) and was
 *                          deleted carries the last day of a quarter (20191231, 20240630): it is removed
 *                          by the quarterly version that starts the next day. Only edits deleted as if
 *                          they had never existed (indicator 9, which never fires) carry a first day.
 * @param modifierIndicator 0 = no modifier bypasses it, 1 = a distinct-service modifier may, 9 = not applicable
 * @param rationale         the CMS rationale text
 */
public record PtpEdit(String column1, String column2, LocalDate effectiveDate, LocalDate deletionDate,
                      int modifierIndicator, String rationale) {
    public static final int MODIFIER_NOT_ALLOWED = 0;
    public static final int MODIFIER_ALLOWED = 1;
    public static final int NOT_APPLICABLE = 9;

    /** Whether the edit applies on a date of service (an unknown date counts as "still in force"). */
    public boolean activeOn(LocalDate dateOfService) {
        if (dateOfService == null) {
            return deletionDate == null;
        }
        boolean started = effectiveDate == null || !dateOfService.isBefore(effectiveDate);
        boolean notDeleted = deletionDate == null || !dateOfService.isAfter(deletionDate);
        return started && notDeleted;
    }

    /** Indicator 1: the column-2 code is paid when a distinct-service modifier shows a separate service. */
    public boolean modifierAllowed() {
        return modifierIndicator == MODIFIER_ALLOWED;
    }

    /** Indicator 0: the pair is never paid together, whatever the modifiers. */
    public boolean modifierNotAllowed() {
        return modifierIndicator == MODIFIER_NOT_ALLOWED;
    }
}
