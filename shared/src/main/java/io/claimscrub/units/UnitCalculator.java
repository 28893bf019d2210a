package io.claimscrub.units;

import io.claimscrub.codes.TherapyCodes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Minutes to units for one date of service, the job behind {@code ./claimscrub units}.
 *
 * <ul>
 *   <li>A code given more than once is one service: its minutes are added up (both CMS and CPT
 *       count a code's minutes for the day together) and it has one entry, where it was first given.</li>
 *   <li>Untimed codes (evaluations, supervised modalities, group therapy, ...) are 1 unit whatever
 *       their minutes, and their minutes are left out of {@code totalTimedMinutes}.</li>
 *   <li>CMS ties (equal remaining minutes) go to the code given first; any tied code could take the
 *       unit ({@link CmsAssignment}).</li>
 *   <li>Codes the therapy code table does not know are counted as timed 15-minute codes: someone
 *       who gives a code and its minutes to a unit calculator means a timed service. Callers that
 *       talk to people say so ({@link #unknownCodes}).</li>
 * </ul>
 */
public final class UnitCalculator {
    private UnitCalculator() {
    }

    /**
     * @param services codes with their minutes, in the order the answer lists them
     */
    public static UnitCalculation calculate(UnitMethod method, List<CodeMinutes> services) {
        Objects.requireNonNull(method, "method");
        List<String> codes = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        for (CodeMinutes service : services) {
            int at = codes.indexOf(service.code());
            if (at < 0) {
                codes.add(service.code());
                minutes.add(service.minutes());
            } else {
                minutes.set(at, minutes.get(at) + service.minutes());
            }
        }

        int[] timedIndex = new int[codes.size()];
        int[] timedMinutes = new int[codes.size()];
        int timedCount = 0;
        int totalTimedMinutes = 0;
        for (int i = 0; i < codes.size(); i++) {
            if (!TherapyCodes.isTherapy(codes.get(i)) || TherapyCodes.isTimed(codes.get(i))) {
                timedIndex[timedCount] = i;
                timedMinutes[timedCount++] = minutes.get(i);
                totalTimedMinutes += minutes.get(i);
            }
        }
        int[] timedUnits = timedUnits(method, Arrays.copyOf(timedMinutes, timedCount));

        int[] units = new int[codes.size()];
        Arrays.fill(units, 1);
        for (int t = 0; t < timedCount; t++) {
            units[timedIndex[t]] = timedUnits[t];
        }
        List<UnitCalculation.Line> lines = new ArrayList<>(codes.size());
        int totalUnits = 0;
        for (int i = 0; i < codes.size(); i++) {
            lines.add(new UnitCalculation.Line(codes.get(i), minutes.get(i), units[i]));
            totalUnits += units[i];
        }
        return new UnitCalculation(method, totalTimedMinutes, totalUnits, lines);
    }

    /** The codes given that the therapy code table does not know (and so are counted as timed). */
    public static List<String> unknownCodes(List<CodeMinutes> services) {
        return services.stream().map(CodeMinutes::code).filter(c -> !TherapyCodes.isTherapy(c)).distinct().toList();
    }

    private static int[] timedUnits(UnitMethod method, int[] minutes) {
        if (method == UnitMethod.CMS) {
            return CmsEightMinuteRule.assign(minutes).resolve(null);
        }
        int[] units = new int[minutes.length];
        for (int i = 0; i < minutes.length; i++) {
            units[i] = AmaRuleOfEights.unitsFor(minutes[i]);
        }
        return units;
    }
}
