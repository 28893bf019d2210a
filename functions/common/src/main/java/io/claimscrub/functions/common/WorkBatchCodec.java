package io.claimscrub.functions.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Work batches as JSON lines: one {@link WorkEntry} per line, mapped by {@link StorageJson}. The model
 * holds no patient identity, so neither do the batches.
 */
public final class WorkBatchCodec {
    // Made once: Jackson's readers and writers are immutable and thread-safe, and a batch has hundreds of lines.
    private static final ObjectReader READER = StorageJson.MAPPER.readerFor(WorkEntry.class);
    private static final ObjectWriter WRITER = StorageJson.MAPPER.writerFor(WorkEntry.class);

    private WorkBatchCodec() {
    }

    /** One entry as one line of JSON, newline included. */
    public static byte[] line(WorkEntry entry) {
        try {
            byte[] json = WRITER.writeValueAsBytes(entry);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise work entry " + entry.seq(), e);
        }
    }

    public static WorkEntry parse(String line) {
        try {
            return READER.readValue(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("work batch line is not a work entry: " + e.getOriginalMessage());
        }
    }

    /** Streams a batch line by line, never holding more than one entry's text. */
    public static void read(InputStream in, Consumer<WorkEntry> out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.accept(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
