package io.claimscrub.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The process's standard streams and what the environment says about them, passed in so that
 * tests can drive {@link Main} in-process.
 *
 * @param stderrIsTerminal whether stderr is a terminal (the launcher tells us; Java cannot see it),
 *                         which turns scrub progress on
 * @param debug            whether an internal error should print its stack trace ({@code CLAIMSCRUB_DEBUG=1})
 */
public record Streams(InputStream in, OutputStream out, PrintStream err, boolean stderrIsTerminal, boolean debug) {
}
