package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.RiskLevel;
import io.claimscrub.finding.RuleId;
import io.claimscrub.json.ClaimJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultWriterTest {
    private static final ClaimResult TRICKY = new ClaimResult("PCN,7", ClaimResult.Status.SCRUBBED, 40, RiskLevel.HIGH,
            "medicare", null, List.of(RuleId.UNITS_EXCEED_TIME.onLine(2, "97110",
                    "4 units billed, \"23 minutes\" allow 3", "bill 3 units,\nnot 4")));
    private static final ClaimResult CLEAN = new ClaimResult("PCN-8", ClaimResult.Status.SCRUBBED, 0, RiskLevel.LOW,
            "medicare", null, List.of());
    private static final ClaimResult UNREADABLE_FILE = new ClaimResult(null, ClaimResult.Status.REJECTED, 40,
            RiskLevel.HIGH, null, null, List.of(RuleId.X12_SYNTAX.onClaim("no ISA segment", null)));

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndKeepsCleanClaims() throws IOException {
        String csv = write("csv", TRICKY, CLEAN);
        assertEquals(String.join("\r\n",
                "file,claimId,status,riskScore,riskLevel,payerProfile,ruleId,severity,category,line,code,carc,rarc,message,suggestion",
                "in.edi,\"PCN,7\",SCRUBBED,40,HIGH,medicare,UNITS_EXCEED_TIME,ERROR,TIME_UNITS,2,97110,151,,"
                        + "\"4 units billed, \"\"23 minutes\"\" allow 3\",\"bill 3 units,\nnot 4\"",
                "in.edi,PCN-8,SCRUBBED,0,LOW,medicare,,,,,,,,,",
                ""), csv);
    }

    @Test
    void jsonlIsOneCompactObjectPerLineEachWithItsFile() throws IOException {
        String jsonl = write("jsonl", TRICKY, UNREADABLE_FILE);
        List<String> lines = jsonl.lines().toList();
        assertEquals(2, lines.size());
        assertTrue(jsonl.endsWith("}\n"));
        for (String line : lines) {
            JsonNode node = ClaimJson.mapper().readTree(line);
            assertEquals("in.edi", node.get("file").asText());
            assertTrue(node.has("claimId"), line);
        }
        assertTrue(lines.get(0).startsWith("{\"file\":\"in.edi\",\"claimId\":\"PCN,7\",\"status\":\"SCRUBBED\""), lines.get(0));
        assertTrue(ClaimJson.mapper().readTree(lines.get(1)).get("claimId").isNull());
    }

    @Test
    void jsonIsOneArrayOfTheSameObjects() throws IOException {
        JsonNode array = ClaimJson.mapper().readTree(write("json", TRICKY, CLEAN, UNREADABLE_FILE));
        assertEquals(3, array.size());
        assertEquals("PCN-8", array.get(1).get("claimId").asText());
        assertEquals("in.edi", array.get(2).get("file").asText());
        assertEquals("[]\n", write("json"));
    }

    @Test
    void tableHasAFileHeadingAndALinePerClaimAndFinding() throws IOException {
        List<String> lines = write("table", TRICKY, CLEAN).lines().toList();
        assertEquals("== in.edi", lines.get(0));
        assertTrue(lines.get(1).startsWith("PCN,7") && lines.get(1).contains("HIGH") && lines.get(1).endsWith("1 finding"),
                lines.get(1));
        assertTrue(lines.get(2).contains("UNITS_EXCEED_TIME") && lines.get(2).contains("line 2"), lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PCN-8") && l.endsWith("no findings")), lines.toString());
    }

    @Test
    void tableKeepsOneLinePerFindingWhenTextHoldsLineBreaksOrControlCharacters() throws IOException {
        // Reader messages quote the element they could not read, raw bytes and all.
        ClaimResult raw = new ClaimResult("PCN\u00019", ClaimResult.Status.REJECTED, 40, RiskLevel.HIGH, null, null,
                List.of(RuleId.X12_SYNTAX.onClaim("DTP03 '2024\r\n0304' is not a valid D8 date", "send\tCCYYMMDD")));
        List<String> lines = write("table", TRICKY, raw).lines().toList();
        assertEquals(7, lines.size(), lines.toString());
        assertTrue(lines.get(3).endsWith("fix: bill 3 units,\\nnot 4"), lines.get(3));
        assertTrue(lines.get(4).startsWith("PCN\\u00019 "), lines.get(4));
        assertTrue(lines.get(5).endsWith("DTP03 '2024\\r\\n0304' is not a valid D8 date"), lines.get(5));
        assertTrue(lines.get(6).endsWith("fix: send\\tCCYYMMDD"), lines.get(6));
    }

    @Test
    void batchesWrittenOneAfterAnotherReadAsOneOutput() throws IOException {
        for (String format : ResultWriter.FORMATS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultWriter writer = ResultWriter.of(format, out);
            writer.write("in.edi", writer.render("in.edi", List.of(TRICKY)));
            writer.write("in.edi", writer.render("in.edi", List.of(CLEAN, UNREADABLE_FILE)));
            writer.finish();
            assertEquals(write(format, TRICKY, CLEAN, UNREADABLE_FILE), out.toString(StandardCharsets.UTF_8), format);
        }
    }

    @Test
    void tableStartsAHeadingWhenTheFileChanges() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter writer = ResultWriter.of("table", out);
        writer.write("a.edi", writer.render("a.edi", List.of(CLEAN)));
        writer.write("b.edi", writer.render("b.edi", List.of(CLEAN)));
        writer.finish();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("== a.edi", "", "== b.edi"), lines.stream().filter(l -> !l.startsWith("PCN")).toList());
    }

    /** All results in one batch, as a short file gives them. */
    private static String write(String format, ClaimResult... results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter writer = ResultWriter.of(format, out);
        if (results.length > 0) {
            writer.write("in.edi", writer.render("in.edi", List.of(results)));
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
