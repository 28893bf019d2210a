package io.claimscrub.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 fields: quoted only when they hold a comma, a quote or a line break; quotes doubled. A
 * field a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, so that it shows as the text it is: claim ids and quoted elements come
 * from the 837 as sent, and the file is opened by billing teams in Excel (OWASP "CSV injection").
 */
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

    private static void writeField(Writer out, String text) throws IOException {
        String value = startsFormula(text) ? "'" + text : text;
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean startsFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
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
