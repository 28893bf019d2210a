package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.json.ClaimJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrubCommandTest {
    private static final String ONE_CLAIM = resource("uhin_837p_icd10_single_claim.edi");
    private static final String TWO_CLAIMS = resource("imsweb_837p_basic_two_claims.edi");
    private static final String UNREADABLE_CLAIM = resource("lfh_837p_x222a2_anesthesia_component_sep_mismatch.edi");
    private static final String NOT_X12 = resource("oopfactory_837p_utf16le_truncated.edi");
    /** The quick-start sample at the repository root (tests run in the cli module's folder). */
    private static final String SAMPLE = "../events/sample-837p.edi";

    @Test
    void jsonlIsOneResponsePerClaimWithItsFileAndNothingElse() throws IOException {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl", ONE_CLAIM, TWO_CLAIMS, SAMPLE);
        assertEquals(0, run.exitCode(), run.stderr());
        List<JsonNode> lines = parse(run);
        assertEquals(1 + 2 + 25, lines.size());
        assertEquals(List.of(ONE_CLAIM, TWO_CLAIMS, TWO_CLAIMS), lines.subList(0, 3).stream().map(l -> l.get("file").asText()).toList());
        assertEquals("1606", lines.get(0).get("claimId").asText());
        assertEquals(List.of("A37YH556", "A37YH667"), lines.subList(1, 3).stream().map(l -> l.get("claimId").asText()).toList());
        for (JsonNode line : lines.subList(3, lines.size())) {
            assertEquals(SAMPLE, line.get("file").asText());
            assertEquals("SCRUBBED", line.get("status").asText());
            assertTrue(line.get("claimId").asText().startsWith("PCN"), line.toString());
            assertTrue(line.has("riskScore") && line.has("riskLevel") && line.has("units") && line.has("findings"), line.toString());
        }
    }

    @Test
    void aClaimThatCannotBeReadKeepsItsIdAndGetsX12SyntaxFindings() throws IOException {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl", UNREADABLE_CLAIM);
        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode line = parse(run).get(0);
        assertEquals("153829140", line.get("claimId").asText());
        assertEquals("REJECTED", line.get("status").asText());
        assertEquals(UNREADABLE_CLAIM, line.get("file").asText());
        line.get("findings").forEach(f -> assertEquals("X12_SYNTAX", f.get("ruleId").asText()));
    }

    @Test
    void aFileThatIsNotX12GetsOneNullClaimLineAndTheRunGoesOn() throws IOException {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl", NOT_X12, ONE_CLAIM);
        assertEquals(0, run.exitCode(), run.stderr());
        List<JsonNode> lines = parse(run);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).get("claimId").isNull());
        assertEquals(NOT_X12, lines.get(0).get("file").asText());
        assertEquals("X12_SYNTAX", lines.get(0).get("findings").get(0).get("ruleId").asText());
        assertEquals("1606", lines.get(1).get("claimId").asText());
    }

    @Test
    void aFileThatCannotBeOpenedGetsOneNullClaimLineAndExit2AfterTheOthers() throws IOException {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl", "no/such/file.837", ONE_CLAIM);
        assertEquals(2, run.exitCode());
        List<JsonNode> lines = parse(run);
        assertEquals(2, lines.size());
        assertEquals("no/such/file.837", lines.get(0).get("file").asText());
        assertTrue(lines.get(0).get("claimId").isNull());
        assertEquals("REJECTED", lines.get(0).get("status").asText());
        assertEquals("X12_SYNTAX", lines.get(0).get("findings").get(0).get("ruleId").asText());
        assertEquals("1606", lines.get(1).get("claimId").asText());
        assertEquals("claimscrub: scrub: no/such/file.837: no such file", run.stderrLines().get(0));
    }

    @Test
    void eachFileEndsWithASummaryLineOnStderr() {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl", TWO_CLAIMS, SAMPLE);
        List<String> summaries = run.stderrLines();
        assertEquals(2, summaries.size(), run.stderr());
        assertTrue(summaries.get(0).startsWith("claimscrub: scrub: " + TWO_CLAIMS + ": 2 results (2 scrubbed, 0 rejected); risk HIGH "),
                summaries.get(0));
        assertTrue(summaries.get(1).startsWith("claimscrub: scrub: " + SAMPLE + ": 25 results (25 scrubbed, 0 rejected); risk "),
                summaries.get(1));
    }

    @Test
    void stdinIsScrubbedAsFileDash() throws IOException {
        Cli.Run run = Cli.runWithStdin(Files.readString(Path.of(ONE_CLAIM)), "scrub", "--format", "jsonl", "-");
        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode line = parse(run).get(0);
        assertEquals("-", line.get("file").asText());
        assertEquals("1606", line.get("claimId").asText());
    }

    @Test
    void aReadFailureMidFileKeepsTheResultsSoFarThenRejectsTheFileAndExits2() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of(SAMPLE));
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(sample, 0, sample.length / 2), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device error");
            }
        });
        Cli.Run run = Cli.runWithStdin(failing, "scrub", "--format", "jsonl", "-");
        assertEquals(2, run.exitCode());
        List<JsonNode> lines = parse(run);
        JsonNode last = lines.get(lines.size() - 1);
        assertTrue(last.get("claimId").isNull());
        assertTrue(last.get("findings").get(0).get("message").asText().startsWith("The file could not be read to the end"),
                last.toString());
        // Every claim begun before the failure has its line: read (all but the last) or cut off by it.
        String readHalf = new String(sample, 0, sample.length / 2, java.nio.charset.StandardCharsets.ISO_8859_1);
        int claimsBegun = readHalf.split("~\\s*CLM\\*", -1).length - 1;
        assertTrue(claimsBegun > 1, "the first half of the sample holds claims");
        assertEquals(claimsBegun + 1, lines.size(), run.stdout());
        lines.subList(0, lines.size() - 1).forEach(l -> assertTrue(l.get("claimId").asText().startsWith("PCN"), l.toString()));
        assertTrue(run.stderrLines().get(0).startsWith("claimscrub: scrub: -: read failed after "), run.stderr());
        assertTrue(run.stderrLines().get(0).endsWith("bytes: device error"), run.stderr());
    }

    @Test
    void jsonIsOneArrayOfTheSameResultsAsJsonl() throws IOException {
        Cli.Run jsonl = Cli.run("scrub", "--format", "jsonl", TWO_CLAIMS, NOT_X12);
        Cli.Run json = Cli.run("scrub", "--format", "json", TWO_CLAIMS, NOT_X12);
        assertEquals(0, json.exitCode(), json.stderr());
        JsonNode array = ClaimJson.mapper().readTree(json.stdout());
        assertEquals(parse(jsonl), List.copyOf(toList(array)));
    }

    @Test
    void csvHasAHeaderAndARowPerFindingWithTheClaimRepeated() {
        Cli.Run run = Cli.run("scrub", "--format", "csv", ONE_CLAIM, TWO_CLAIMS);
        assertEquals(0, run.exitCode(), run.stderr());
        List<String> rows = run.stdoutLines();
        assertEquals(String.join(",", CsvResultWriter.HEADER), rows.get(0));
        assertTrue(rows.get(1).startsWith(ONE_CLAIM + ",1606,SCRUBBED,"), rows.get(1));
        List<String> twoClaimRows = rows.stream().filter(r -> r.startsWith(TWO_CLAIMS + ",")).toList();
        assertTrue(twoClaimRows.size() > 2, rows.toString());
        assertTrue(twoClaimRows.stream().allMatch(r -> r.contains(",A37YH556,") || r.contains(",A37YH667,")), rows.toString());
        assertTrue(run.stdout().contains("\r\n"));
    }

    @Test
    void tableHasAHeadingPerFileAndALinePerClaim() {
        Cli.Run run = Cli.run("scrub", ONE_CLAIM, TWO_CLAIMS);
        assertEquals(0, run.exitCode(), run.stderr());
        List<String> lines = run.stdoutLines();
        assertEquals("== " + ONE_CLAIM, lines.get(0));
        assertTrue(lines.get(1).startsWith("1606 "), lines.get(1));
        assertTrue(lines.contains("== " + TWO_CLAIMS), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("A37YH667 ")), lines.toString());
    }

    @Test
    void aBadEngineOptionIsUsageWithNothingOnStdoutInEveryFormat() {
        for (String format : ResultWriter.FORMATS) {
            Cli.Run run = Cli.run("scrub", "--format", format, "--payers", "no/such/dir", ONE_CLAIM, "no/such/file.837");
            assertEquals(2, run.exitCode(), format);
            assertEquals("", run.stdout(), format);
            assertEquals(List.of("claimscrub: scrub: --payers: payer profile directory no/such/dir does not exist or is not a directory"),
                    run.stderrLines(), format);
        }
        Cli.Run noMue = Cli.run("scrub", "--format", "csv", "--ncci-mue", "no/such/mue.csv", ONE_CLAIM);
        assertEquals(2, noMue.exitCode());
        assertEquals("", noMue.stdout());
        assertTrue(noMue.stderr().startsWith("claimscrub: scrub: --ncci-ptp/--ncci-mue: "), noMue.stderr());
    }

    @Test
    void noFilesIsUsage() {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(List.of("claimscrub: scrub: give at least one 837 file, or - for stdin (try --help)"), run.stderrLines());
    }

    /** Every stdout line must be one JSON object: anything else on stdout fails here. */
    private static List<JsonNode> parse(Cli.Run run) throws IOException {
        assertTrue(run.stdout().endsWith("\n"), run.stdout());
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.stdoutLines()) {
            JsonNode node = ClaimJson.mapper().readTree(line);
            assertTrue(node.isObject() && node.has("file") && node.has("claimId"), line);
            nodes.add(node);
        }
        return nodes;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static String resource(String name) {
        try {
            return Path.of(ScrubCommandTest.class.getResource("/x12/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
