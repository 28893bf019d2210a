package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
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
