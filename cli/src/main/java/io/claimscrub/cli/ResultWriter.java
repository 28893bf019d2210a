package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Scrub results in one output format. Rendering and writing are apart so that the costly part,
 * turning results into bytes, runs on the worker threads beside the rules, while the bytes are
 * written in file order on one thread with whatever goes between them (a comma, a heading).
 */
interface ResultWriter {
    List<String> FORMATS = List.of("table", "json", "jsonl", "csv");

    /** The results of one file, in order, as this format's bytes; safe to call from any thread. */
    byte[] render(String file, List<ClaimResult> results);

    /** Writes a rendering of results read from {@code file}, after those written before it. */
    void write(String file, byte[] rendered) throws IOException;

    /** Writes what closes the output (a JSON array's bracket) and flushes; the stream stays open. */
    void finish() throws IOException;

    static ResultWriter of(String format, OutputStream out) throws IOException {
        return switch (format) {
            case "table" -> new TableResultWriter(out);
            case "json" -> new JsonResultWriter(out, false);
            case "jsonl" -> new JsonResultWriter(out, true);
            case "csv" -> new CsvResultWriter(out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
