package io.claimscrub.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.finding.Finding;
import io.claimscrub.units.LineUnits;
import io.claimscrub.units.UnitsSummary;
import java.io.IOException;
import java.util.List;

/**
 * Writes a claim response straight to a {@link JsonGenerator}, for bulk output (a 50 MB 837 makes
 * a quarter of a gigabyte of JSON). It writes exactly what {@link ClaimJson#mapper()} makes of the
 * annotated records — same fields, order and omissions; {@code ClaimResultWriterTest} holds the two
 * equal — without databind's per-property introspection and reflective accessor calls.
 */
public final class ClaimResultWriter {
    private ClaimResultWriter() {
    }

    /**
     * @param file when not null, written first as {@code "file"} (the command line's scrub output)
     */
    public static void write(JsonGenerator g, ClaimResult result, String file) throws IOException {
        g.writeStartObject();
        if (file != null) {
            g.writeStringField("file", file);
        }
        g.writeStringField("claimId", result.claimId());
        if (result.status() != null) {
            g.writeStringField("status", result.status().name());
        }
        g.writeNumberField("riskScore", result.riskScore());
        if (result.riskLevel() != null) {
            g.writeStringField("riskLevel", result.riskLevel().name());
        }
        if (result.payerProfile() != null) {
            g.writeStringField("payerProfile", result.payerProfile());
        }
        if (result.units() != null) {
            g.writeFieldName("units");
            units(g, result.units());
        }
        g.writeArrayFieldStart("findings");
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            finding(g, findings.get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void units(JsonGenerator g, UnitsSummary units) throws IOException {
        g.writeStartObject();
        g.writeStringField("method", units.method() == null ? null : units.method().name());
        nullableNumber(g, "totalTimedMinutes", units.totalTimedMinutes());
        nullableNumber(g, "allowedUnits", units.allowedUnits());
        g.writeNumberField("billedUnits", units.billedUnits());
        g.writeArrayFieldStart("lines");
        List<LineUnits> lines = units.lines();
        for (int i = 0; i < lines.size(); i++) {
            LineUnits line = lines.get(i);
            g.writeStartObject();
            g.writeNumberField("line", line.line());
            if (line.code() != null) {
                g.writeStringField("code", line.code());
            }
            numberIfPresent(g, "minutes", line.minutes());
            numberIfPresent(g, "billedUnits", line.billedUnits());
            numberIfPresent(g, "expectedUnits", line.expectedUnits());
            g.writeBooleanField("timed", line.timed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Finding is NON_EMPTY: null or empty strings and an empty evidence list are left out. */
    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        textIfPresent(g, "ruleId", f.ruleId());
        if (f.severity() != null) {
            g.writeStringField("severity", f.severity().name());
        }
        if (f.category() != null) {
            g.writeStringField("category", f.category().name());
        }
        numberIfPresent(g, "line", f.line());
        textIfPresent(g, "code", f.code());
        textIfPresent(g, "carc", f.carc());
        textIfPresent(g, "rarc", f.rarc());
        textIfPresent(g, "message", f.message());
        textIfPresent(g, "suggestion", f.suggestion());
        if (!f.evidence().isEmpty()) {
            g.writeArrayFieldStart("evidence");
            for (int i = 0; i < f.evidence().size(); i++) {
                g.writeString(f.evidence().get(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void textIfPresent(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    private static void numberIfPresent(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }

    private static void nullableNumber(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.intValue());
        }
    }
}
