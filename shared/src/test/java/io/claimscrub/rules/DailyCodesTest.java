package io.claimscrub.rules;

import static io.claimscrub.units.TimedClaims.DOS;
import static io.claimscrub.units.TimedClaims.context;
import static io.claimscrub.units.TimedClaims.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.model.ServiceLine;
import io.claimscrub.units.UnitMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyCodesTest {
    @Test
    void eachDatesCodesComeInOrderOfTheirFirstLineWithAllTheirLines() {
        ServiceLine a1 = line(1, "97110", 1, 15);
        ServiceLine b = line(2, "97140", 1, 15);
        ServiceLine a2 = line(3, "97110", 2, 30);
        ServiceLine c = line(4, "97530", 1, 15);
        ServiceLine nextDay = line(5, "97110", 1, 15, DOS.plusDays(1));
        assertEquals(List.of(
                        List.of(new DailyCodes.CodeOnDate(DOS, "97110", List.of(a1, a2)),
                                new DailyCodes.CodeOnDate(DOS, "97140", List.of(b)),
                                new DailyCodes.CodeOnDate(DOS, "97530", List.of(c))),
                        List.of(new DailyCodes.CodeOnDate(DOS.plusDays(1), "97110", List.of(nextDay)))),
                DailyCodes.of(context(UnitMethod.CMS, a1, b, a2, c, nextDay)));
    }

    @Test
    void codesBilledOnceEachKeepTheirLines() {
        ServiceLine a = line(1, "97110", 1, 15);
        ServiceLine b = line(2, "97140", 1, 15);
        assertEquals(List.of(List.of(new DailyCodes.CodeOnDate(DOS, "97110", List.of(a)),
                        new DailyCodes.CodeOnDate(DOS, "97140", List.of(b)))),
                DailyCodes.of(context(UnitMethod.CMS, a, b)));
    }
}
