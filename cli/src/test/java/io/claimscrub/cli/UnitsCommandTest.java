package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsCommandTest {
    @Test
    void specExampleIsExactlyTheSpecJsonOnOneLine() {
        Cli.Run run = Cli.run("units", "97112=24", "97110=23");
        assertEquals(0, run.exitCode());
        assertEquals("{\"method\":\"CMS\",\"totalTimedMinutes\":47,\"totalUnits\":3,"
                + "\"lines\":[{\"code\":\"97112\",\"minutes\":24,\"units\":2},{\"code\":\"97110\",\"minutes\":23,\"units\":1}]}\n",
                run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void explicitJsonFormatAndMethodGiveTheSameAnswer() {
        assertEquals(Cli.run("units", "97112=24", "97110=23").stdout(),
                Cli.run("units", "--method", "cms", "--format=json", "97112=24", "97110=23").stdout());
    }

    @Test
    void amaCountsEachCodeOnItsOwnAndKeepsZeroUnitLines() {
        Cli.Run run = Cli.run("units", "--method", "ama", "97112=24", "97110=23", "97140=5");
        assertEquals(0, run.exitCode());
        assertEquals("{\"method\":\"AMA\",\"totalTimedMinutes\":52,\"totalUnits\":4,"
                + "\"lines\":[{\"code\":\"97112\",\"minutes\":24,\"units\":2},{\"code\":\"97110\",\"minutes\":23,\"units\":2},"
                + "{\"code\":\"97140\",\"minutes\":5,\"units\":0}]}\n", run.stdout());
    }

    @Test
    void methodIsTakenInTheCaseTheOutputNamesIt() {
        assertEquals(Cli.run("units", "--method", "ama", "97112=24", "97110=23").stdout(),
                Cli.run("units", "--method", "AMA", "97112=24", "97110=23").stdout());
    }

    @Test
    void tableShowsTotalsAndOneRowPerCode() {
        Cli.Run run = Cli.run("units", "--format", "table", "97112=24", "97110=23");
        assertEquals(0, run.exitCode());
        assertEquals(List.of(
                "method CMS: 47 timed minutes, 3 units",
                "code   minutes units",
                "97112       24     2",
                "97110       23     1"), run.stdoutLines());
    }

    @Test
    void tableSaysOneUnitInTheSingular() {
        Cli.Run run = Cli.run("units", "--format", "table", "97530=15");
        assertEquals(0, run.exitCode());
        assertEquals("method CMS: 15 timed minutes, 1 unit", run.stdoutLines().get(0));
    }

    @Test
    void badUsageIsExit2WithOneLineAndNothingOnStdout() {
        assertBadUsage(Cli.run("units"), "claimscrub: units: give at least one CODE=MINUTES, e.g. 97110=23 (try --help)");
        assertBadUsage(Cli.run("units", "97110"),
                "claimscrub: units: \"97110\": expected CODE=MINUTES with a 5-character code, e.g. 97110=23");
        assertBadUsage(Cli.run("units", "97110=-3"), "claimscrub: units: 97110=-3: minutes must be a whole number from 0 to 9999");
        assertBadUsage(Cli.run("units", "--method", "medicare", "97110=8"),
                "claimscrub: units: --method must be one of cms, ama, got \"medicare\"");
    }

    @Test
    void anUnknownCodeCountsAsTimedWithAWarningOnStderr() {
        Cli.Run run = Cli.run("units", "99999=8", "97161=40");
        assertEquals(0, run.exitCode());
        assertEquals("{\"method\":\"CMS\",\"totalTimedMinutes\":8,\"totalUnits\":2,"
                + "\"lines\":[{\"code\":\"99999\",\"minutes\":8,\"units\":1},{\"code\":\"97161\",\"minutes\":40,\"units\":1}]}\n",
                run.stdout());
        assertEquals(List.of("claimscrub: units: warning: 99999 is not in the therapy code table; counted as a timed 15-minute code"),
                run.stderrLines());
    }

    private static void assertBadUsage(Cli.Run run, String message) {
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(List.of(message), run.stderrLines());
    }
}
