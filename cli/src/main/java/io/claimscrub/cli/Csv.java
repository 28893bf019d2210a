package io.claimscrub.cli;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 fields: quoted only when they hold a comma, a quote or a line break; quotes doubled. */
final class Csv {
    private Csv() {
    }

    static void writeRow(Writer out, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(out, fields[i] == null ? "" : fields[i].toString());
        }
        out.write("\r\n");
    }

    private static void writeField(Writer out, String value) throws IOException {
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
