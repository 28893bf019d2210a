package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes scrub results in one output format, each as it comes, never holding more than one. */
interface ResultWriter {
    List<String> FORMATS = List.of("table", "json", "jsonl", "csv");

    /** Writes the result of one claim (or whole-file rejection) read from {@code file}. */
    void write(String file, ClaimResult result) throws IOException;

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
