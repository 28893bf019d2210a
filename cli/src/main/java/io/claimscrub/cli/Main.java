package io.claimscrub.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code claimscrub} command line. {@link #run} takes its streams and returns the exit code, so
 * tests drive it in-process; {@link #main} only wires the real streams and exits.
 *
 * <p>Exit codes: 0 the command ran (whatever the findings), 1 internal error, 2 bad usage or
 * unreadable input. Every failure is one line on stderr; a stack trace only with CLAIMSCRUB_DEBUG=1.
 */
public final class Main {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_USAGE = 2;

    static final String USAGE = """
            usage: claimscrub <command> [options] [arguments]

            commands:
              units [--method cms|ama] [--format json|table] CODE=MINUTES...
                  billable units for timed minutes (CMS 8-minute rule or AMA per-code)
              check [engine options] [--format json|table] FILE.json|-
                  scrub one claim given as request JSON (- reads stdin)
              scrub [engine options] [--format table|json|jsonl|csv] [--progress] FILE.837...
                  scrub X12 837P files, streaming, one result per claim
              serve [--port 3000] [--data DIR] [engine options]
                  the serverless pipeline on this machine (the launcher runs it; docs/local.md)

            engine options (check, scrub, serve):
            """ + EngineOptions.USAGE + """

            --help shows this text (or a command's own with 'claimscrub <command> --help'),
            --version prints the version. Exit codes: 0 ran, 1 internal error, 2 bad usage or
            unreadable input. Details: docs/cli.md.
            """;

    private static final Set<String> COMMANDS = Set.of("units", "check", "scrub");

    private final Streams streams;

    public Main(Streams streams) {
        this.streams = streams;
    }

    public static void main(String[] args) {
        // Both standard streams are ours alone: unbuffered writes of large outputs are what the
        // commands' own buffering avoids, and stderr must stay line-oriented for progress.
        Streams streams = new Streams(new FileInputStream(FileDescriptor.in),
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                Boolean.getBoolean("claimscrub.stderrIsTerminal"),
                "1".equals(System.getenv("CLAIMSCRUB_DEBUG")));
        System.exit(new Main(streams).run(args));
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String... args) {
        String command = args.length == 0 ? "" : args[0];
        try {
            int code = dispatch(command, Arrays.asList(args).subList(Math.min(1, args.length), args.length));
            streams.out().flush();
            return code;
        } catch (UsageException e) {
            flushQuietly();
            return fail(command, e.getMessage(), BAD_USAGE);
        } catch (UncheckedIOException e) {
            flushQuietly();
            return fail(command, "cannot read input: " + e.getCause().getMessage(), BAD_USAGE);
        } catch (IOException e) {
            return fail(command, "cannot write output: " + e.getMessage(), INTERNAL_ERROR);
        } catch (RuntimeException | Error e) {
            flushQuietly();
            if (streams.debug()) {
                e.printStackTrace(streams.err());
            }
            return fail(command, "internal error: " + e
                    + (streams.debug() ? "" : " (CLAIMSCRUB_DEBUG=1 shows the stack trace)"), INTERNAL_ERROR);
        }
    }

    private int dispatch(String command, List<String> rest) throws IOException {
        return switch (command) {
            case "units" -> new UnitsCommand(streams).run(rest);
            case "check" -> new CheckCommand(streams).run(rest);
            case "scrub" -> new ScrubCommand(streams).run(rest);
            case "--help", "-h", "help" -> printHelp();
            case "--version" -> printVersion();
            case "serve" -> throw new UsageException(
                    "serve is the local pipeline, module local: run it as ./claimscrub serve (docs/local.md)");
            case "" -> {
                streams.err().print(USAGE);
                yield BAD_USAGE;
            }
            default -> throw new UsageException("unknown command \"" + command + "\" (try --help)");
        };
    }

    private int printHelp() throws IOException {
        streams.out().write(USAGE.getBytes(StandardCharsets.UTF_8));
        return OK;
    }

    private int printVersion() throws IOException {
        streams.out().write(("claimscrub " + version() + "\n").getBytes(StandardCharsets.UTF_8));
        return OK;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    private int fail(String command, String reason, int code) {
        String where = COMMANDS.contains(command) ? command + ": " : "";
        streams.err().println("claimscrub: " + where + oneLine(reason));
        return code;
    }

    private void flushQuietly() {
        try {
            streams.out().flush();
        } catch (IOException ignored) {
            // the failure being reported matters more than output that cannot be written
        }
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
