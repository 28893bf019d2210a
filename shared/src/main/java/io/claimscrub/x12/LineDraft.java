package io.claimscrub.x12;

import io.claimscrub.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The 2400 service line being read (LX, SV1, DTP*472, NTE); one instance is reused line after line. */
final class LineDraft {
    boolean open;
    long lxOrdinal;
    int number;
    boolean hasService;
    String code;
    List<String> modifiers;
    BigDecimal charge;
    long chargeCents;
    Integer units;
    Integer minutes;
    /** Minutes billed by SV103 = MJ, which outrank the NTE convention. */
    boolean minutesBilled;
    LocalDate dateOfService;
    boolean noteRead;
    long serviceOrdinal;
    /** The largest well-formed SV107 diagnosis pointer (0 when none), checked against HI at the claim's end. */
    int largestPointer;

    void start(long lxOrdinal, int number) {
        this.open = true;
        this.lxOrdinal = lxOrdinal;
        this.number = number;
        hasService = false;
        code = null;
        modifiers = List.of();
        charge = null;
        chargeCents = Values.NOT_CENTS;
        units = null;
        minutes = null;
        minutesBilled = false;
        dateOfService = null;
        noteRead = false;
        serviceOrdinal = 0;
        largestPointer = 0;
    }

    /** Documentation stays null: a billing note is not a treatment note. */
    ServiceLine toServiceLine(LocalDate claimDate) {
        return new ServiceLine(number, code, modifiers, units, minutes, charge,
                dateOfService != null ? dateOfService : claimDate, null);
    }
}
