package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.json.ClaimResultWriter;
import io.claimscrub.json.JsonByteWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Compact JSON, one response object per line. As {@code jsonl} that is all; as {@code json} the
 * lines are wrapped in one array ({@code [}, the objects separated by commas, {@code ]}), so the
 * output is a single JSON document that is still written claim by claim.
 */
final class JsonResultWriter implements ResultWriter {
    private static final byte[] ARRAY_START = "[\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BETWEEN = ",\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINE_BREAK = {'\n'};
    /** A scrubbed claim's response is about 3 KB: one batch rarely has to grow its buffer. */
    private static final int BYTES_PER_RESULT = 3072;

    private final OutputStream out;
    private final boolean lines;
    private boolean first = true;

    JsonResultWriter(OutputStream out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public byte[] render(String file, List<ClaimResult> results) {
        JsonByteWriter json = new JsonByteWriter(results.size() * BYTES_PER_RESULT);
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                json.raw(lines ? LINE_BREAK : BETWEEN);
            }
            ClaimResultWriter.write(json, results.get(i), file);
        }
        if (lines) {
            json.raw(LINE_BREAK);
        }
        return json.toByteArray();
    }

    @Override
    public void write(String file, byte[] rendered) throws IOException {
        if (!lines) {
            out.write(first ? ARRAY_START : BETWEEN);
        }
        first = false;
        out.write(rendered);
    }

    @Override
    public void finish() throws IOException {
        if (!lines) {
            out.write((first ? "[]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }
}
