package io.claimscrub.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.Documentation;
import io.claimscrub.model.Goal;
import io.claimscrub.model.Payer;
import io.claimscrub.model.PlanOfCare;
import io.claimscrub.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps a request tree to the claim model, field by field, so that every error names its field
 * ({@code lines[1].units: expected a whole number}). Only {@code lines[].code} and
 * {@code lines[].units} are required (SPEC §4); lines without a date take the claim's.
 */
final class ClaimRequestReader {
    /** CPT and HCPCS codes (Level I and II, CPT category II/III alike) are five letters or digits. */
    private static final Pattern PROCEDURE_CODE = Pattern.compile("[A-Z0-9]{5}");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final int MAX_QUANTITY = ServiceLine.MAX_QUANTITY;

    private ClaimRequestReader() {
    }

    static Claim read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidClaimException("request: expected a JSON object");
        }
        LocalDate claimDate = date(root, "dateOfService", "dateOfService");
        JsonNode lines = root.get("lines");
        if (lines == null || lines.isNull()) {
            throw new InvalidClaimException("lines: required");
        }
        if (!lines.isArray() || lines.isEmpty()) {
            throw new InvalidClaimException("lines: expected a non-empty array");
        }
        if (lines.size() > Claim.MAX_SERVICE_LINES) {
            throw new InvalidClaimException("lines: at most " + Claim.MAX_SERVICE_LINES
                    + " service lines per claim (the 837P's limit), got " + lines.size());
        }
        List<ServiceLine> serviceLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            serviceLines.add(line(lines.get(i), i, claimDate));
        }
        String disciplineText = text(root, "discipline", "discipline");
        Discipline discipline = disciplineText == null ? null : Discipline.parse(disciplineText)
                .orElseThrow(() -> new InvalidClaimException("discipline: expected PT, OT or SLP, got \"" + disciplineText + "\""));
        return new Claim(text(root, "claimId", "claimId"), payer(root.get("payer")), discipline, claimDate,
                textList(root, "diagnoses", "diagnoses"), number(root, "ytdTherapyAmount", "ytdTherapyAmount"),
                planOfCare(root.get("planOfCare")), serviceLines, null);
    }

    private static ServiceLine line(JsonNode node, int index, LocalDate claimDate) {
        String at = "lines[" + index + "]";
        if (!node.isObject()) {
            throw new InvalidClaimException(at + ": expected an object");
        }
        String code = text(node, "code", at + ".code");
        if (code == null || code.isBlank()) {
            throw new InvalidClaimException(at + ".code: required");
        }
        code = code.trim().toUpperCase(Locale.ROOT);
        if (!PROCEDURE_CODE.matcher(code).matches()) {
            throw new InvalidClaimException(at + ".code: expected a 5-character CPT/HCPCS code, got \"" + code + "\"");
        }
        Integer units = wholeNumber(node, "units", at + ".units");
        if (units == null) {
            throw new InvalidClaimException(at + ".units: required");
        }
        checkQuantity(units, at + ".units");
        Integer minutes = wholeNumber(node, "minutes", at + ".minutes");
        if (minutes != null) {
            checkQuantity(minutes, at + ".minutes");
        }
        List<String> modifiers = modifiers(node, at + ".modifiers");
        LocalDate date = date(node, "dateOfService", at + ".dateOfService");
        return new ServiceLine(index + 1, code, modifiers, units, minutes,
                number(node, "charge", at + ".charge"), date == null ? claimDate : date,
                documentation(node.get("documentation"), at + ".documentation"));
    }

    private static void checkQuantity(int value, String at) {
        if (value < 0) {
            throw new InvalidClaimException(at + ": must not be negative");
        }
        if (value > MAX_QUANTITY) {
            throw new InvalidClaimException(at + ": must be at most " + MAX_QUANTITY + ", got " + value);
        }
    }

    private static List<String> modifiers(JsonNode line, String at) {
        List<String> given = textList(line, "modifiers", at);
        List<String> modifiers = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            String modifier = given.get(i).trim().toUpperCase(Locale.ROOT);
            if (!MODIFIER.matcher(modifier).matches()) {
                throw new InvalidClaimException(at + "[" + i + "]: expected a 2-character modifier, got \"" + modifier + "\"");
            }
            modifiers.add(modifier);
        }
        return List.copyOf(modifiers);
    }

    private static Payer payer(JsonNode node) {
        if (node == null || node.isNull()) {
            return Payer.UNKNOWN;
        }
        if (!node.isObject()) {
            throw new InvalidClaimException("payer: expected an object");
        }
        return new Payer(text(node, "id", "payer.id"), text(node, "name", "payer.name"),
                text(node, "profile", "payer.profile"), text(node, "filingIndicator", "payer.filingIndicator"));
    }

    private static PlanOfCare planOfCare(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidClaimException("planOfCare: expected an object");
        }
        JsonNode goals = node.get("goals");
        List<Goal> list = new ArrayList<>();
        if (goals != null && !goals.isNull()) {
            if (!goals.isArray()) {
                throw new InvalidClaimException("planOfCare.goals: expected an array");
            }
            if (goals.size() > PlanOfCare.MAX_GOALS) {
                throw new InvalidClaimException("planOfCare.goals: at most " + PlanOfCare.MAX_GOALS + " goals, got "
                        + goals.size());
            }
            for (int i = 0; i < goals.size(); i++) {
                JsonNode g = goals.get(i);
                String at = "planOfCare.goals[" + i + "]";
                if (!g.isObject()) {
                    throw new InvalidClaimException(at + ": expected an object");
                }
                list.add(new Goal(text(g, "id", at + ".id"),
                        text(g, "text", at + ".text", PlanOfCare.MAX_GOAL_TEXT_CHARS)));
            }
        }
        return new PlanOfCare(list);
    }

    private static Documentation documentation(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidClaimException(at + ": expected an object");
        }
        List<String> goalIds = textList(node, "goalIds", at + ".goalIds");
        if (goalIds.size() > PlanOfCare.MAX_GOALS) {
            throw new InvalidClaimException(at + ".goalIds: at most " + PlanOfCare.MAX_GOALS + " goal ids, got "
                    + goalIds.size());
        }
        return new Documentation(text(node, "note", at + ".note", Documentation.MAX_NOTE_CHARS), goalIds);
    }

    private static String text(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidClaimException(at + ": expected a string");
        }
        return node.textValue();
    }

    private static String text(JsonNode parent, String field, String at, int maxChars) {
        String text = text(parent, field, at);
        if (text != null && text.length() > maxChars) {
            throw new InvalidClaimException(at + ": at most " + maxChars + " characters, got " + text.length());
        }
        return text;
    }

    private static List<String> textList(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidClaimException(at + ": expected an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                throw new InvalidClaimException(at + "[" + i + "]: expected a string");
            }
            values.add(item.textValue());
        }
        return values;
    }

    private static Integer wholeNumber(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        boolean whole = node.isIntegralNumber()
                || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
        if (!whole || !node.canConvertToInt()) {
            throw new InvalidClaimException(at + ": expected a whole number, got " + node);
        }
        return node.intValue();
    }

    private static BigDecimal number(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new InvalidClaimException(at + ": expected a number, got " + node);
        }
        BigDecimal amount = node.decimalValue();
        // Digits as written out in full: 1e6 has 7, 0.001 has 3 (its leading zero is not counted).
        BigDecimal exact = amount.stripTrailingZeros();
        long digits = Math.max((long) exact.precision() - exact.scale(), 0) + Math.max(exact.scale(), 0);
        if (digits > Claim.MAX_AMOUNT_DIGITS) {
            throw new InvalidClaimException(at + ": expected an amount of at most " + Claim.MAX_AMOUNT_DIGITS
                    + " digits (as in an 837), got " + node);
        }
        return amount;
    }

    private static LocalDate date(JsonNode parent, String field, String at) {
        String text = text(parent, field, at);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidClaimException(at + ": expected a date as YYYY-MM-DD, got \"" + text + "\"");
        }
    }
}
