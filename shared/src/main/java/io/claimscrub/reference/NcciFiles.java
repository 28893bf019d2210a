package io.claimscrub.reference;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads NCCI PTP and MUE tables from CMS's own file formats: the therapy subset shipped with the
 * engine ({@code ncci/} beside this class, CMS 2024 Q2, provenance in {@code ncci/SOURCES.md}), or
 * the current quarter's files downloaded from CMS.
 */
public final class NcciFiles {
    static final String SHIPPED_PTP = "ncci/ptp_therapy_rows.tsv";
    static final String SHIPPED_MUE = "ncci/mue_therapy_rows.csv";
    /** A zip archive's first bytes (a local file header). */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private NcciFiles() {
    }

    /** The therapy subset shipped with the engine (CMS 2024 Q2), read once per process. */
    public static ReferenceData builtIn() {
        return Shipped.DATA;
    }

    /**
     * Tables from CMS quarterly files.
     *
     * @param ptp a CMS practitioner PTP .txt file; null keeps the shipped table
     * @param mue a CMS MUE practitioner .csv file; null keeps the shipped table
     * @throws IllegalArgumentException a file has a malformed row (the message names file and line) or no rows
     * @throws UncheckedIOException     a file cannot be read
     */
    public static ReferenceData load(Path ptp, Path mue) {
        return load(ptp == null ? List.of() : List.of(ptp), mue);
    }

    /**
     * Tables from CMS quarterly files. CMS splits the practitioner PTP table into several files
     * ({@code ccipra-v...-f1.txt} to {@code -f4.txt}); pass them all.
     *
     * @param ptpFiles the PTP files, read as one table; empty keeps the shipped table
     * @param mue      a CMS MUE practitioner .csv file; null keeps the shipped table
     */
    public static ReferenceData load(List<Path> ptpFiles, Path mue) {
        PtpTable ptp = ptpFiles.isEmpty() ? builtIn().ptp() : readPtp(ptpFiles);
        MueTable mues = mue == null ? builtIn().mue() : readMue(mue);
        return new ReferenceData(ptp, mues);
    }

    private static PtpTable readPtp(List<Path> files) {
        List<PtpEdit> edits = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = open(file, "the .txt files inside")) {
                PtpFileReader.read(in, file.toString(), edits);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NCCI PTP file " + file, e);
            }
        }
        return new PtpTable(edits);
    }

    private static MueTable readMue(Path file) {
        try (BufferedReader in = reader(open(file, "the .csv file inside"))) {
            return new MueTable(MueFileReader.read(in, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NCCI MUE file " + file, e);
        }
    }

    /**
     * The file, opened once, after a look at its first bytes: CMS serves each table as a zip, which
     * handed over as downloaded would only read as "no rows found", so say what to give instead.
     */
    private static InputStream open(Path file, String whatToGive) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(ZIP_MAGIC.length);
        byte[] head = in.readNBytes(ZIP_MAGIC.length);
        in.reset();
        if (Arrays.equals(head, ZIP_MAGIC)) {
            in.close();
            throw new IllegalArgumentException(file + ": is a zip archive; unzip it and give " + whatToGive);
        }
        return in;
    }

    /** CMS files are ASCII in practice; a stray non-UTF-8 byte in a rationale becomes U+FFFD, not an error. */
    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Holder: the shipped tables are read on first use, once, thread-safely (class initialisation). */
    private static final class Shipped {
        static final ReferenceData DATA = read();

        private static ReferenceData read() {
            try (InputStream ptpIn = resource(SHIPPED_PTP);
                 BufferedReader mueIn = reader(resource(SHIPPED_MUE))) {
                List<PtpEdit> edits = new ArrayList<>();
                PtpFileReader.read(ptpIn, SHIPPED_PTP, edits);
                return new ReferenceData(new PtpTable(edits), new MueTable(MueFileReader.read(mueIn, SHIPPED_MUE)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped NCCI tables", e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = NcciFiles.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("shipped NCCI resource missing from the classpath: " + name);
            }
            return in;
        }
    }
}
