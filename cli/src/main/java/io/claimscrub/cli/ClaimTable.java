package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.finding.Finding;
import io.claimscrub.units.LineUnits;
import io.claimscrub.units.UnitsSummary;
import java.io.IOException;
import java.io.Writer;

/** Plain-text views of a claim result for people: a summary line, the findings, the units. */
final class ClaimTable {
    private ClaimTable() {
    }

    /** {@code PCN-1001  HIGH  64  medicare  2 findings}, or REJECTED for a claim that could not be read. */
    static void writeSummary(Writer out, ClaimResult result) throws IOException {
        String id = result.claimId() == null ? "(file)" : oneLine(result.claimId());
        String profile = result.rejected() ? "REJECTED" : String.valueOf(result.payerProfile());
        int count = result.findings().size();
        out.write(String.format("%-20s %-6s %3d  %-16s %s\n", id, result.riskLevel(), result.riskScore(), profile,
                count == 0 ? "no findings" : count == 1 ? "1 finding" : count + " findings"));
    }

    /** One line per finding, indented, with its suggestion under it. */
    static void writeFindings(Writer out, ClaimResult result) throws IOException {
        for (Finding f : result.findings()) {
            String where = f.line() == null ? "claim" : "line " + f.line();
            out.write(String.format("    %-7s %-7s %-6s %-32s %s\n", f.severity(), where,
                    f.code() == null ? "" : oneLine(f.code()), f.ruleId(), oneLine(f.message())));
            if (f.suggestion() != null) {
                out.write(String.format("    %-7s %-7s %-6s %-32s fix: %s\n", "", "", "", "", oneLine(f.suggestion())));
            }
        }
    }

    /**
     * The text with its control characters written as escapes, as JSON would (a line break as a
     * backslash and n, others as a backslash, u and four hex digits): the table's layout is one line
     * per claim and per finding, and claim ids and messages can carry raw bytes from the file (a
     * message quotes the element it could not read, line breaks and all).
     */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    /** The time-and-units view: totals, then billed beside expected units per line. */
    static void writeUnits(Writer out, UnitsSummary units) throws IOException {
        String allowed = units.allowedUnits() == null || units.totalTimedMinutes() == null
                ? "a timed line has no minutes, so units are not checked"
                : units.totalTimedMinutes() + " timed minutes allow " + Plural.units(units.allowedUnits());
        out.write("units (" + units.method() + "): " + allowed + ", " + units.billedUnits() + " billed\n");
        out.write(String.format("    %4s  %-6s %7s %6s %8s\n", "line", "code", "minutes", "billed", "expected"));
        for (LineUnits line : units.lines()) {
            out.write(String.format("    %4d  %-6s %7s %6s %8s\n", line.line(), line.code(), blankIfNull(line.minutes()),
                    blankIfNull(line.billedUnits()), blankIfNull(line.expectedUnits())));
        }
    }

    private static String blankIfNull(Integer value) {
        return value == null ? "-" : value.toString();
    }
}
