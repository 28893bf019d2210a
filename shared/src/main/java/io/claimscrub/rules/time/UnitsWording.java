package io.claimscrub.rules.time;

import io.claimscrub.rules.DateText;
import io.claimscrub.units.CmsAssignment;
import io.claimscrub.units.DateOfServiceUnits;
import io.claimscrub.units.TimedCodeUnits;
import io.claimscrub.units.UnitMethod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The phrases the time rules share, so every finding names minutes and units the same way. */
final class UnitsWording {
    private UnitsWording() {
    }

    static String method(UnitMethod method) {
        return method == UnitMethod.CMS ? "the CMS 8-minute rule" : "the AMA/CPT rule of eights";
    }

    /** " on 2026-11-02", or nothing when the claim carries no date. */
    static String onDate(LocalDate date) {
        return date == null ? "" : DateText.spacedOn(date);
    }

    static String minutes(int minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    static String timedMinutes(int minutes) {
        return minutes == 1 ? "1 timed minute" : minutes + " timed minutes";
    }

    static String units(int units) {
        return units == 1 ? "1 unit" : units + " units";
    }

    /** "1 unit of timed codes is billed", "4 units of timed codes are billed". */
    static String timedUnitsBilled(int units) {
        return units(units) + " of timed codes " + (units == 1 ? "is" : "are") + " billed";
    }

    /** "97110 (23 minutes)". */
    static String codeWithMinutes(TimedCodeUnits code) {
        return code.code() + " (" + minutes(code.minutes()) + ")";
    }

    /**
     * A code held to the bound its own minutes set on a CMS date that cannot be judged as a whole, e.g.
     * "97110 is billed × 3 on 2026-11-02 but its 20 minutes can earn at most 2 units under the CMS
     * 8-minute rule, whatever the date's other timed services (the date as a whole cannot be checked:
     * a timed line has no minutes)." {@code bound} is "at most" or "at least".
     */
    static String cmsPastBound(DateOfServiceUnits date, TimedCodeUnits code, String bound, int units) {
        return code.code() + " is billed × " + code.billedUnits() + onDate(date.date()) + " but its "
                + minutes(code.minutes()) + " can earn " + bound + " " + units(units) + " under " + method(UnitMethod.CMS)
                + ", whatever the date's other timed services (the date as a whole cannot be checked: "
                + (date.totalMinutes() == null ? "a timed line has no minutes" : "a timed line is billed in minutes")
                + ").";
    }

    /** "Bill 97110 × 2 at most", and the missing minutes to record when that is why the date was not judged. */
    static String cmsToBound(DateOfServiceUnits date, TimedCodeUnits code, String bound, int units) {
        return "Bill " + code.code() + " × " + units + " " + bound + (date.totalMinutes() == null
                ? ", and record the minutes of every timed line so the date's units can be checked." : ".");
    }

    /**
     * The corrected split for a whole CMS date, e.g. "Bill 97112 × 2, 97110 × 1 (47 timed minutes =
     * 3 units under the CMS 8-minute rule)", naming the codes that may take a tied unit.
     */
    static String cmsSplit(DateOfServiceUnits date) {
        List<String> codes = new ArrayList<>(date.codes().size());
        int[] units = new int[date.codes().size()];
        for (int i = 0; i < units.length; i++) {
            codes.add(date.codes().get(i).code());
            units[i] = date.codes().get(i).expectedUnits();
        }
        return bill(codes, units) + " (" + timedMinutes(date.totalMinutes()) + " = " + units(date.allowedUnits())
                + " under " + method(UnitMethod.CMS) + ties(date) + ")";
    }

    /** The corrected units for one code under AMA, e.g. "Bill 97110 × 2 (30 minutes = 2 units under ...)". */
    static String amaUnits(TimedCodeUnits code) {
        return bill(List.of(code.code()), new int[] {code.expectedUnits()}) + " (" + minutes(code.minutes())
                + " = " + units(code.expectedUnits()) + " under " + method(UnitMethod.AMA) + ")";
    }

    /** "Bill 97110 × 1, 97140 × 1 and drop 97035", "Drop 97110" when nothing is billable. */
    private static String bill(List<String> codes, int[] units) {
        List<String> billed = new ArrayList<>(codes.size());
        List<String> dropped = new ArrayList<>(0);
        for (int i = 0; i < units.length; i++) {
            if (units[i] > 0) {
                billed.add(codes.get(i) + " × " + units[i]);
            } else {
                dropped.add(codes.get(i));
            }
        }
        if (billed.isEmpty()) {
            return "Drop " + and(dropped);
        }
        String bill = "Bill " + String.join(", ", billed);
        return dropped.isEmpty() ? bill : bill + " and drop " + and(dropped);
    }

    /** "; 97112 and 97110 have equal remaining minutes, so either may take the tied unit", or nothing. */
    private static String ties(DateOfServiceUnits date) {
        CmsAssignment assignment = date.assignment();
        if (assignment == null || !assignment.hasTies()) {
            return "";
        }
        List<String> tied = new ArrayList<>();
        for (int i = 0; i < assignment.codes(); i++) {
            if (assignment.isTied(i)) {
                tied.add(date.codes().get(i).code());
            }
        }
        int tiedUnits = assignment.tiedUnits();
        String who = tiedUnits > 1 ? "any " + tiedUnits + " of them may take the tied units"
                : tied.size() == 2 ? "either may take the tied unit" : "any one of them may take the tied unit";
        return "; " + and(tied) + " have equal remaining minutes, so " + who;
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        return and(items, StringBuilder::append);
    }

    /** The items as {@link #and(List)} joins them, each written by {@code word}: no string per item needed. */
    static <T> String and(List<T> items, BiConsumer<StringBuilder, T> word) {
        int n = items.size();
        StringBuilder text = new StringBuilder(8 * n);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(i < n - 1 ? ", " : " and ");
            }
            word.accept(text, items.get(i));
        }
        return text.toString();
    }
}
