package io.claimscrub.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Text rendered into memory, for the formats that build their output with a {@link Writer}. */
final class Rendering {
    private Rendering() {
    }

    interface TextWriter {
        void writeTo(Writer out) throws IOException;
    }

    static byte[] text(TextWriter body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            body.writeTo(out);
        } catch (IOException e) {
            // only an in-memory stream is written to: a failure here is a bug, not bad input
            throw new IllegalStateException("rendering results in memory failed", e);
        }
        return bytes.toByteArray();
    }
}
