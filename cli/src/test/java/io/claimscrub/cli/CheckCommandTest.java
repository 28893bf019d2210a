package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.json.ClaimJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    /** The quick-start requests at the repository root (tests run in the cli module's folder). */
    private static final Path CLEAN = Path.of("../events/claims/clean-claim.json");
    private static final Path WITH_FINDINGS = Path.of("../events/claims/claim-with-findings.json");

    @Test
    void cleanSampleScrubsCleanAsOneLineOfResponseJson() throws IOException {
        Cli.Run run = Cli.run("check", CLEAN.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, run.stdoutLines().size());
        JsonNode response = ClaimJson.mapper().readTree(run.stdout());
        assertEquals("PCN-1001", response.get("claimId").asText());
        assertEquals("LOW", response.get("riskLevel").asText());
        assertEquals(0, response.get("riskScore").asInt());
        assertEquals(0, response.get("findings").size(), run.stdout());
        assertEquals(3, response.get("units").get("allowedUnits").asInt());
        assertEquals("", run.stderr());
    }

    @Test
    void sampleWithFindingsReportsThemAndStillExits0() throws IOException {
        Cli.Run run = Cli.run("check", WITH_FINDINGS.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode response = ClaimJson.mapper().readTree(run.stdout());
        assertEquals("HIGH", response.get("riskLevel").asText());
        List<String> rules = new ArrayList<>();
        response.get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
        assertTrue(rules.containsAll(List.of("UNITS_EXCEED_TIME", "DISCIPLINE_MODIFIER_MISSING", "MODIFIER_59_UNSUPPORTED",
                "KX_THRESHOLD", "GOAL_NOT_MEASURABLE", "CODE_LOOKS_LIKE_97110", "MEDICAL_NECESSITY_INDEPENDENT")), rules.toString());
        JsonNode first = response.get("findings").get(0);
        for (String field : List.of("ruleId", "severity", "category", "line", "code", "carc", "message", "suggestion")) {
            assertTrue(first.has(field), field + " in " + first);
        }
    }

    @Test
    void stdinWorksLikeAFile() throws IOException {
        Cli.Run fromFile = Cli.run("check", WITH_FINDINGS.toString());
        Cli.Run fromStdin = Cli.runWithStdin(Files.readString(WITH_FINDINGS), "check", "-");
        assertEquals(0, fromStdin.exitCode());
        assertEquals(fromFile.stdout(), fromStdin.stdout());
    }

    @Test
    void tableShowsSummaryUnitsAndFindings() {
        Cli.Run run = Cli.run("check", "--format", "table", WITH_FINDINGS.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        List<String> lines = run.stdoutLines();
        assertTrue(lines.get(0).startsWith("PCN-1002") && lines.get(0).contains("HIGH"), lines.get(0));
        assertTrue(lines.get(1).startsWith("units (CMS): 34 timed minutes allow 2 units, 4 billed"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("UNITS_EXCEED_TIME") && l.contains("line 1")), run.stdout());
        assertTrue(lines.stream().anyMatch(l -> l.contains("fix: ")), run.stdout());
    }

    @Test
    void tableSaysUnitsAreNotCheckedWhenMinutesAreMissing() {
        assertEquals("units (CMS): a timed line has no minutes, so units are not checked, 1 billed",
                tableUnitsLine("{\"code\":\"97530\",\"modifiers\":[\"GP\"],\"units\":1}"));
    }

    @Test
    void tableSaysOneUnitInTheSingular() {
        assertEquals("units (CMS): 15 timed minutes allow 1 unit, 1 billed",
                tableUnitsLine("{\"code\":\"97530\",\"modifiers\":[\"GP\"],\"units\":1,\"minutes\":15}"));
    }

    /** The units line of the table for a Medicare claim of one line. */
    private static String tableUnitsLine(String lineJson) {
        Cli.Run run = Cli.runWithStdin("{\"claimId\":\"T1\",\"payer\":{\"profile\":\"medicare\"},\"lines\":[" + lineJson + "]}",
                "check", "--format", "table", "-");
        assertEquals(0, run.exitCode(), run.stderr());
        return run.stdoutLines().get(1);
    }

    @Test
    void anUnknownProfileInTheRequestIsExit2() {
        Cli.Run run = Cli.runWithStdin("{\"payer\":{\"profile\":\"acme\"},\"lines\":[{\"code\":\"97110\",\"units\":1}]}",
                "check", "-");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(List.of("claimscrub: check: unknown payer profile 'acme' (known: commercial-ama, medicare)"),
                run.stderrLines());
    }

    @Test
    void payerDirectoryAddsProfilesAndDefaultProfileChoosesOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("acme.yaml"), "id: acme\nunitMethod: AMA\nunitCaps: {\"97110\": 1}\n");
        String request = "{\"lines\":[{\"code\":\"97110\",\"modifiers\":[\"GP\"],\"units\":2,\"minutes\":30}]}";
        Cli.Run run = Cli.runWithStdin(request, "check", "--payers", dir.toString(), "--default-profile", "acme", "-");
        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode response = ClaimJson.mapper().readTree(run.stdout());
        assertEquals("acme", response.get("payerProfile").asText());
        assertEquals("AMA", response.get("units").get("method").asText());
        assertTrue(run.stdout().contains("PAYER_UNIT_CAP_EXCEEDED"), run.stdout());
    }

    @Test
    void badEngineOptionsAreExit2NamingTheOption(@TempDir Path dir) {
        String request = "{\"lines\":[{\"code\":\"97110\",\"units\":1}]}";
        Cli.Run unknownDefault = Cli.runWithStdin(request, "check", "--default-profile", "acme", "-");
        assertEquals(2, unknownDefault.exitCode());
        assertEquals(List.of("claimscrub: check: --default-profile: unknown payer profile 'acme' (known: commercial-ama, medicare)"),
                unknownDefault.stderrLines());
        Cli.Run noDirectory = Cli.runWithStdin(request, "check", "--payers", dir.resolve("missing").toString(), "-");
        assertEquals(2, noDirectory.exitCode());
        assertEquals(1, noDirectory.stderrLines().size());
        assertTrue(noDirectory.stderr().startsWith("claimscrub: check: --payers: "), noDirectory.stderr());
        Cli.Run noMue = Cli.runWithStdin(request, "check", "--ncci-mue", dir.resolve("mue.csv").toString(), "-");
        assertEquals(2, noMue.exitCode());
        assertEquals(1, noMue.stderrLines().size(), noMue.stderr());
        assertTrue(noMue.stderr().startsWith("claimscrub: check: --ncci-ptp/--ncci-mue: "), noMue.stderr());
    }
    @Test
    void aFieldOfTheWrongTypeIsExit2WithItsPath() {
        Cli.Run run = Cli.runWithStdin("{\"lines\":[{\"code\":\"97110\",\"units\":1.5}]}", "check", "-");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(List.of("claimscrub: check: lines[0].units: expected a whole number, got 1.5"), run.stderrLines());
    }

    @Test
    void malformedJsonIsExit2OnOneLine() {
        Cli.Run run = Cli.runWithStdin("{\"lines\": [", "check", "-");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.stderrLines().size(), run.stderr());
        assertEquals(true, run.stderr().startsWith("claimscrub: check: malformed JSON"), run.stderr());
    }

    @Test
    void aMissingFileIsExit2() {
        Cli.Run run = Cli.run("check", "no/such/request.json");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("claimscrub: check: no/such/request.json: no such file"), run.stderrLines());
    }

    @Test
    void exactlyOneRequestIsNeeded() {
        Cli.Run run = Cli.run("check");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("claimscrub: check: give one request file, or - for stdin (try --help)"), run.stderrLines());
    }
}
