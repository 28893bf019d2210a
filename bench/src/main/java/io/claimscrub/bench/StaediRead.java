package io.claimscrub.bench;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference the engine is measured against: StAEDI reading an 837 from end to end, without a
 * transaction schema (a plain tokenising read, its fastest), touching every character of every
 * element so nothing can be skipped. Used by the JMH benchmark in-process and by bench/run.sh as a
 * whole process: {@code java -cp ... io.claimscrub.bench.StaediRead FILE...}.
 */
public final class StaediRead {
    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    static {
        // The bench files may put a newline after each segment terminator.
        FACTORY.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
    }

    private StaediRead() {
    }

    /** What a read saw; the checksum over every element character keeps the work from being skipped. */
    public record Tally(long segments, long elements, long errors, long checksum) {
    }

    public static Tally read(InputStream in) throws EDIStreamException, IOException {
        long segments = 0;
        long elements = 0;
        long errors = 0;
        long checksum = 0;
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case START_SEGMENT -> segments++;
                    case ELEMENT_DATA -> {
                        elements++;
                        char[] text = reader.getTextCharacters();
                        int end = reader.getTextStart() + reader.getTextLength();
                        for (int i = reader.getTextStart(); i < end; i++) {
                            checksum = 31 * checksum + text[i];
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors++;
                    default -> {
                        // loops, composites and envelopes carry no element text
                    }
                }
            }
        }
        return new Tally(segments, elements, errors, checksum);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: StaediRead FILE...");
            System.exit(2);
        }
        for (String file : args) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16)) {
                System.out.println(file + ": " + read(in));
            }
        }
    }
}
