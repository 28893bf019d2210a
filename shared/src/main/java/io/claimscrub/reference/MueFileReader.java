package io.claimscrub.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CMS MUE practitioner file: CSV with HCPCS/CPT code, MUE value, MUE adjudication
 * indicator, rationale; cells may be quoted. Title, header and {@code #} comment rows (any row
 * whose first cell is not a procedure code) are skipped, except a row with a whole number and an
 * adjudication indicator after its first cell, which is a data row with a bad code and an error.
 */
final class MueFileReader {
    private static final int REQUIRED_CELLS = 4;

    private MueFileReader() {
    }

    /** The file's rows; a malformed or repeated row is an IllegalArgumentException naming source and line. */
    static List<MueEdit> read(BufferedReader in, String source) throws IOException {
        NcciText text = new NcciText();
        CsvRows rows = new CsvRows(in, source);
        List<MueEdit> edits = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
            List<String> cells = row.cells();
            String code = cells.get(0).trim();
            if (code.startsWith("#")) {
                continue;
            }
            if (!ProcedureCodes.isWellFormed(code)) {
                // Title and header rows never carry a whole number and an indicator after their first
                // cell: this is a data row with a bad code (a typo, or leading zeros lost to a spreadsheet).
                if (looksLikeData(cells)) {
                    throw error(source, row.line(), "HCPCS/CPT code '" + code + "' is not a procedure code");
                }
                continue;
            }
            if (cells.size() < REQUIRED_CELLS) {
                throw error(source, row.line(), "expected " + REQUIRED_CELLS
                        + " cells (code, MUE value, adjudication indicator, rationale), found " + cells.size());
            }
            Integer earlier = firstLine.putIfAbsent(code, row.line());
            if (earlier != null) {
                throw error(source, row.line(), "code " + code + " repeats the row on line " + earlier);
            }
            String adjudication = cells.get(2).trim();
            if (adjudication.isEmpty() || "123".indexOf(adjudication.charAt(0)) < 0) {
                throw error(source, row.line(), "MUE adjudication indicator must start with 1, 2 or 3, found '"
                        + adjudication + "'");
            }
            edits.add(new MueEdit(code, units(cells.get(1).trim(), source, row.line()), text.shared(adjudication),
                    text.shared(cells.get(3).trim())));
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException(source + ": no MUE rows found (is it a CMS MUE practitioner .csv file?)");
        }
        return edits;
    }

    private static boolean looksLikeData(List<String> cells) {
        if (cells.size() < REQUIRED_CELLS) {
            return false;
        }
        String value = cells.get(1).trim();
        String adjudication = cells.get(2).trim();
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')
                && !adjudication.isEmpty() && "123".indexOf(adjudication.charAt(0)) >= 0;
    }

    private static int units(String cell, String source, int line) {
        int value;
        try {
            value = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0) {
            throw error(source, line, "MUE value must be a whole number >= 0, found '" + cell + "'");
        }
        return value;
    }

    private static IllegalArgumentException error(String source, int line, String what) {
        return new IllegalArgumentException(source + " line " + line + ": " + what);
    }
}
