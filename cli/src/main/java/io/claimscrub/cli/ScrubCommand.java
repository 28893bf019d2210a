package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.RuleId;
import io.claimscrub.x12.X12ClaimReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code scrub}: streams each 837 file through the reader into the engine and writes every result
 * as it comes, so memory stays flat however large the file. Results go to stdout in the chosen
 * format; progress, warnings and the per-file summary go to stderr.
 */
final class ScrubCommand {
    static final String USAGE = """
            usage: claimscrub scrub [options] FILE.837...

            Scrubs X12 837P files (- reads stdin): one result per claim, including claims and files
            that cannot be read (an X12_SYNTAX finding; claimId null for a whole file).

            options:
              --format table|json|jsonl|csv
                                     table (default): per claim a summary line and its findings;
                                     jsonl: one response object per line, with "file";
                                     json: the same objects in one JSON array;
                                     csv: one row per finding (a claim without findings: one row)
              --progress             progress on stderr about once a second (default: only when
                                     stderr is a terminal)
            """ + EngineOptions.USAGE;

    /**
     * Threads that run the rules and render the output: one per core, as the reading thread has
     * little left to do (it reads, and writes bytes already rendered) and mostly waits.
     */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();

    private final Streams streams;

    ScrubCommand(Streams streams) {
        this.streams = streams;
    }

    int run(List<String> argv) throws IOException {
        Set<String> valued = new HashSet<>(EngineOptions.VALUED);
        valued.add("--format");
        Args args = Args.parse(argv, Set.of("--help", "--progress"), valued, EngineOptions.REPEATABLE);
        if (args.flag("--help")) {
            streams.out().write(USAGE.getBytes(StandardCharsets.UTF_8));
            return Main.OK;
        }
        String format = args.choice("--format", ResultWriter.FORMATS, "table");
        if (args.operands().isEmpty()) {
            throw new UsageException("give at least one 837 file, or - for stdin (try --help)");
        }
        // Reading starts while the engine is built; nothing is written before it is ready.
        Supplier<ScrubEngine> engine = EngineOptions.engineInBackground(args);
        ResultWriter writer = ResultWriter.of(format, streams.out());
        Progress progress = new Progress(streams.err(), args.flag("--progress") || streams.stderrIsTerminal());
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "scrub-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int unreadable = 0;
            for (String file : args.operands()) {
                if (!new FileScrub(file, engine, workers, writer, progress).run()) {
                    unreadable++;
                }
            }
            writer.finish();
            return unreadable == 0 ? Main.OK : Main.BAD_USAGE;
        } finally {
            workers.shutdownNow();
        }
    }

    /** One file: read, scrub, write, summarise. */
    private final class FileScrub {
        private final String file;
        private final Supplier<ScrubEngine> engine;
        private final ExecutorService workers;
        private final ResultWriter writer;
        private final Progress progress;
        private final FileTally tally = new FileTally();
        private final long size;
        private CountingInputStream in;

        FileScrub(String file, Supplier<ScrubEngine> engine, ExecutorService workers, ResultWriter writer, Progress progress) {
            this.file = file;
            this.engine = engine;
            this.workers = workers;
            this.writer = writer;
            this.progress = progress;
            this.size = InputFiles.size(file);
        }

        /** Scrubs the file; false when it could not be read (it still gets its rejection line). */
        boolean run() throws IOException {
            try {
                in = new CountingInputStream(InputFiles.open(file, streams.in()));
            } catch (UsageException e) {
                return unreadable(e.getMessage(), "The file cannot be opened (" + e.getMessage() + ").",
                        "Check the path and the file's permissions, then scrub it again.");
            }
            progress.start();
            ScrubPipeline scrub = new ScrubPipeline(engine, workers, 2 * WORKERS,
                    results -> writer.render(file, results), this::emit);
            UncheckedIOException readFailure = null;
            try {
                try {
                    new X12ClaimReader().read(in, scrub);
                } catch (UncheckedIOException e) {
                    readFailure = e; // the claims read before it keep their results
                }
                scrub.finish();
            } catch (OutputFailure e) {
                scrub.abandon();
                throw e.getCause();
            } catch (RuntimeException | Error e) {
                scrub.abandon();
                throw e;
            } finally {
                closeQuietly(in);
            }
            boolean complete = true;
            if (readFailure != null) {
                String reason = "read failed after " + in.count() + " bytes: " + readFailure.getCause().getMessage();
                complete = unreadable(file + ": " + reason, "The file could not be read to the end (" + reason + ").",
                        "Scrub the file again from a complete copy; the claims before the failure have their results.");
            }
            streams.err().println("claimscrub: scrub: " + file + ": " + tally.summary(in.count()));
            return complete;
        }

        private void emit(ScrubPipeline.Batch batch) {
            batch.results().forEach(tally::add);
            try {
                writer.write(file, batch.rendered());
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
            if (in != null) {
                progress.tick(file, in.count(), size, tally.results());
            }
        }

        /** Reports a file that cannot be read (on stderr) and gives it its whole-file rejection. */
        private boolean unreadable(String reason, String message, String suggestion) throws IOException {
            ScrubEngine ready = engine.get(); // a bad engine option is reported first, as the usage error it is
            streams.err().println("claimscrub: scrub: " + reason);
            try {
                List<ClaimResult> rejection =
                        List.of(ready.reject(null, List.of(RuleId.X12_SYNTAX.onClaim(message, suggestion))));
                emit(new ScrubPipeline.Batch(rejection, writer.render(file, rejection)));
            } catch (OutputFailure e) {
                throw e.getCause();
            }
            return false;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // everything was read; a failing close loses nothing
        }
    }

    /** Carries a write failure on stdout out through the reader, which only lets unchecked exceptions pass. */
    private static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
