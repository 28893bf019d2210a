package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.json.ClaimJson;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrubCommandTest {
    @Test
    void aFileThatCannotBeOpenedGetsOneNullClaimLineAndExit2() throws IOException {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl", "no/such/file.837");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.stdoutLines().size(), run.stdout());
        JsonNode line = ClaimJson.mapper().readTree(run.stdoutLines().get(0));
        assertEquals("no/such/file.837", line.get("file").asText());
        assertTrue(line.get("claimId").isNull());
        assertEquals("REJECTED", line.get("status").asText());
        assertEquals("X12_SYNTAX", line.get("findings").get(0).get("ruleId").asText());
        assertEquals(List.of("claimscrub: scrub: no/such/file.837: no such file"), run.stderrLines());
    }

    @Test
    void noFilesIsUsage() {
        Cli.Run run = Cli.run("scrub", "--format", "jsonl");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(List.of("claimscrub: scrub: give at least one 837 file, or - for stdin (try --help)"), run.stderrLines());
    }
}
