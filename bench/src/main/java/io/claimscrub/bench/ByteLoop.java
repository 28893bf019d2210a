package io.claimscrub.bench;

/**
 * The floor issue 2 measures the engine against: "a plain byte loop touching every element", with
 * no model, no rules and no text. It takes the element separator and segment terminator from the
 * ISA header (fixed width: byte 3 and byte 105) and visits every byte once, counting segments and
 * elements and summing element lengths so that the JIT cannot drop the loop.
 */
final class ByteLoop {
    private static final int ISA_LENGTH = 106;

    private ByteLoop() {
    }

    /** What the loop saw; {@code elementBytes} is the total length of all elements. */
    record Tally(long segments, long elements, long elementBytes) {
    }

    static Tally touchEveryElement(byte[] file) {
        if (file.length < ISA_LENGTH || file[0] != 'I' || file[1] != 'S' || file[2] != 'A') {
            throw new IllegalArgumentException("the benchmark file must start with an ISA segment");
        }
        byte elementSeparator = file[3];
        byte segmentTerminator = file[ISA_LENGTH - 1];
        long segments = 0;
        long elements = 0;
        long elementBytes = 0;
        int elementStart = 0;
        for (int i = 0; i < file.length; i++) {
            byte b = file[i];
            if (b == elementSeparator || b == segmentTerminator) {
                elements++;
                elementBytes += i - elementStart;
                elementStart = i + 1;
                if (b == segmentTerminator) {
                    segments++;
                }
            }
        }
        return new Tally(segments, elements, elementBytes);
    }
}
