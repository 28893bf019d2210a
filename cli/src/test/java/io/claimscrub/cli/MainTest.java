package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noArgumentsPrintsUsageOnStderrAndExits2() {
        Cli.Run run = Cli.run();
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith("usage: claimscrub"), run.stderr());
    }

    @Test
    void helpGoesToStdoutAndExits0() {
        Cli.Run run = Cli.run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().contains("units [--method cms|ama]"), run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        for (String command : new String[] {"units", "check", "scrub"}) {
            Cli.Run run = Cli.run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.stdout().startsWith("usage: claimscrub " + command), run.stdout());
        }
    }

    @Test
    void versionIsTheProjectVersion() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().matches("claimscrub \\d+\\.\\d+\\.\\d+.*\n"), run.stdout());
    }

    @Test
    void unknownCommandIsOneLineAndExit2() {
        Cli.Run run = Cli.run("frobnicate");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(java.util.List.of("claimscrub: unknown command \"frobnicate\" (try --help)"), run.stderrLines());
    }

    @Test
    void serveIsTheLaunchersAndSaysSo() {
        Cli.Run run = Cli.run("serve");
        assertEquals(2, run.exitCode());
        assertEquals(java.util.List.of(
                "claimscrub: serve is the local pipeline, module local: run it as ./claimscrub serve (docs/local.md)"),
                run.stderrLines());
    }

    @Test
    void unknownOptionNamesTheCommandAndTheOption() {
        Cli.Run run = Cli.run("check", "--colour", "x.json");
        assertEquals(2, run.exitCode());
        assertEquals(java.util.List.of("claimscrub: check: unknown option --colour (try --help)"), run.stderrLines());
    }

    @Test
    void badFormatChoiceIsUsage() {
        Cli.Run run = Cli.run("scrub", "--format", "xml", "a.edi");
        assertEquals(2, run.exitCode());
        assertEquals(java.util.List.of("claimscrub: scrub: --format must be one of table, json, jsonl, csv, got \"xml\""),
                run.stderrLines());
    }
}
