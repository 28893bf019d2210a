package io.claimscrub.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.json.ClaimJson;
import io.claimscrub.json.ClaimResultWriter;
import java.io.ByteArrayOutputStream;
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

    private final OutputStream out;
    private final boolean lines;
    private boolean first = true;

    JsonResultWriter(OutputStream out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public byte[] render(String file, List<ClaimResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(results.size() * 2048);
        try (JsonGenerator generator = ClaimJson.mapper().getFactory().createGenerator(bytes)) {
            generator.setRootValueSeparator(null);
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) {
                    generator.writeRaw(lines ? "\n" : ",\n");
                }
                ClaimResultWriter.write(generator, results.get(i), file);
            }
            if (lines) {
                generator.writeRaw('\n');
            }
        } catch (IOException e) {
            // only an in-memory stream is written to: a failure here is a bug, not bad input
            throw new IllegalStateException("rendering results in memory failed", e);
        }
        return bytes.toByteArray();
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
