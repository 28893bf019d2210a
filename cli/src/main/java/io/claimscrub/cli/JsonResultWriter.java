package io.claimscrub.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.json.ClaimJson;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Compact JSON, one response object per line. As {@code jsonl} that is all; as {@code json} the
 * lines are wrapped in one array ({@code [}, the objects separated by commas, {@code ]}), so the
 * output is a single JSON document that is still written claim by claim.
 */
final class JsonResultWriter implements ResultWriter {
    // Flushing after every value would be one write system call per claim.
    private static final ObjectWriter WRITER = ClaimJson.mapper().writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final JsonGenerator generator;
    private final boolean lines;
    private boolean first = true;

    JsonResultWriter(OutputStream out, boolean lines) throws IOException {
        this.generator = ClaimJson.mapper().getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.generator.setRootValueSeparator(null);
        this.lines = lines;
    }

    @Override
    public void write(String file, ClaimResult result) throws IOException {
        if (!lines) {
            generator.writeRaw(first ? "[\n" : ",\n");
        }
        first = false;
        WRITER.writeValue(generator, new FileResult(file, result));
        if (lines) {
            generator.writeRaw('\n');
        }
    }

    @Override
    public void finish() throws IOException {
        if (!lines) {
            generator.writeRaw(first ? "[]\n" : "\n]\n");
        }
        generator.flush();
    }
}
