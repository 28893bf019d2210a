package io.claimscrub.json;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.finding.Finding;
import io.claimscrub.json.JsonByteWriter.Name;
import io.claimscrub.units.LineUnits;
import io.claimscrub.units.UnitsSummary;
import java.util.List;

/**
 * Writes a claim response as JSON bytes, for bulk output (a 50 MB 837 makes a quarter of a
 * gigabyte of JSON). It writes exactly the bytes {@link ClaimJson#mapper()} makes of the annotated
 * records — same fields, order, omissions and escapes; {@code ClaimResultWriterTest} holds the two
 * equal — without databind's per-property introspection and reflective accessor calls, and without
 * Jackson's generator (see {@link JsonByteWriter}).
 */
public final class ClaimResultWriter {
    private static final Name FILE = JsonByteWriter.name("file");
    private static final Name CLAIM_ID = JsonByteWriter.name("claimId");
    private static final Name STATUS = JsonByteWriter.name("status");
    private static final Name RISK_SCORE = JsonByteWriter.name("riskScore");
    private static final Name RISK_LEVEL = JsonByteWriter.name("riskLevel");
    private static final Name PAYER_PROFILE = JsonByteWriter.name("payerProfile");
    private static final Name UNITS = JsonByteWriter.name("units");
    private static final Name FINDINGS = JsonByteWriter.name("findings");
    private static final Name METHOD = JsonByteWriter.name("method");
    private static final Name TOTAL_TIMED_MINUTES = JsonByteWriter.name("totalTimedMinutes");
    private static final Name ALLOWED_UNITS = JsonByteWriter.name("allowedUnits");
    private static final Name BILLED_UNITS = JsonByteWriter.name("billedUnits");
    private static final Name LINES = JsonByteWriter.name("lines");
    private static final Name LINE = JsonByteWriter.name("line");
    private static final Name CODE = JsonByteWriter.name("code");
    private static final Name MINUTES = JsonByteWriter.name("minutes");
    private static final Name EXPECTED_UNITS = JsonByteWriter.name("expectedUnits");
    private static final Name TIMED = JsonByteWriter.name("timed");
    private static final Name RULE_ID = JsonByteWriter.name("ruleId");
    private static final Name SEVERITY = JsonByteWriter.name("severity");
    private static final Name CATEGORY = JsonByteWriter.name("category");
    private static final Name CARC = JsonByteWriter.name("carc");
    private static final Name RARC = JsonByteWriter.name("rarc");
    private static final Name MESSAGE = JsonByteWriter.name("message");
    private static final Name SUGGESTION = JsonByteWriter.name("suggestion");
    private static final Name EVIDENCE = JsonByteWriter.name("evidence");

    private ClaimResultWriter() {
    }

    /**
     * @param file when not null, written first as {@code "file"} (the command line's scrub output)
     */
    public static void write(JsonByteWriter out, ClaimResult result, String file) {
        out.startObject();
        if (file != null) {
            out.field(FILE);
            out.string(file);
        }
        out.field(CLAIM_ID);
        out.string(result.claimId());
        if (result.status() != null) {
            out.field(STATUS);
            out.string(result.status().name());
        }
        out.field(RISK_SCORE);
        out.number(result.riskScore());
        if (result.riskLevel() != null) {
            out.field(RISK_LEVEL);
            out.string(result.riskLevel().name());
        }
        if (result.payerProfile() != null) {
            out.field(PAYER_PROFILE);
            out.string(result.payerProfile());
        }
        if (result.units() != null) {
            out.field(UNITS);
            units(out, result.units());
        }
        out.field(FINDINGS);
        out.startArray();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            finding(out, findings.get(i));
        }
        out.endArray();
        out.endObject();
    }

    private static void units(JsonByteWriter out, UnitsSummary units) {
        out.startObject();
        out.field(METHOD);
        out.string(units.method() == null ? null : units.method().name());
        nullableNumber(out, TOTAL_TIMED_MINUTES, units.totalTimedMinutes());
        nullableNumber(out, ALLOWED_UNITS, units.allowedUnits());
        out.field(BILLED_UNITS);
        out.number(units.billedUnits());
        out.field(LINES);
        out.startArray();
        List<LineUnits> lines = units.lines();
        for (int i = 0; i < lines.size(); i++) {
            line(out, lines.get(i));
        }
        out.endArray();
        out.endObject();
    }

    private static void line(JsonByteWriter out, LineUnits line) {
        out.startObject();
        out.field(LINE);
        out.number(line.line());
        if (line.code() != null) {
            out.field(CODE);
            out.string(line.code());
        }
        numberIfPresent(out, MINUTES, line.minutes());
        numberIfPresent(out, BILLED_UNITS, line.billedUnits());
        numberIfPresent(out, EXPECTED_UNITS, line.expectedUnits());
        out.field(TIMED);
        out.bool(line.timed());
        out.endObject();
    }

    /** Finding is NON_EMPTY: null or empty strings and an empty evidence list are left out. */
    private static void finding(JsonByteWriter out, Finding f) {
        out.startObject();
        textIfPresent(out, RULE_ID, f.ruleId());
        if (f.severity() != null) {
            out.field(SEVERITY);
            out.string(f.severity().name());
        }
        if (f.category() != null) {
            out.field(CATEGORY);
            out.string(f.category().name());
        }
        numberIfPresent(out, LINE, f.line());
        textIfPresent(out, CODE, f.code());
        textIfPresent(out, CARC, f.carc());
        textIfPresent(out, RARC, f.rarc());
        textIfPresent(out, MESSAGE, f.message());
        textIfPresent(out, SUGGESTION, f.suggestion());
        List<String> evidence = f.evidence();
        if (!evidence.isEmpty()) {
            out.field(EVIDENCE);
            out.startArray();
            for (int i = 0; i < evidence.size(); i++) {
                out.string(evidence.get(i));
            }
            out.endArray();
        }
        out.endObject();
    }

    private static void textIfPresent(JsonByteWriter out, Name name, String value) {
        if (value != null && !value.isEmpty()) {
            out.field(name);
            out.string(value);
        }
    }

    private static void numberIfPresent(JsonByteWriter out, Name name, Integer value) {
        if (value != null) {
            out.field(name);
            out.number(value.intValue());
        }
    }

    private static void nullableNumber(JsonByteWriter out, Name name, Integer value) {
        out.field(name);
        if (value == null) {
            out.nullValue();
        } else {
            out.number(value.intValue());
        }
    }
}
