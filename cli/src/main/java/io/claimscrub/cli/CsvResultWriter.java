package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.finding.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * One row per finding, with its claim's columns repeated, for a spreadsheet. A claim without
 * findings still gets one row, with the finding columns empty, so every claim is in the sheet.
 */
final class CsvResultWriter implements ResultWriter {
    static final String[] HEADER = {"file", "claimId", "status", "riskScore", "riskLevel", "payerProfile",
        "ruleId", "severity", "category", "line", "code", "carc", "rarc", "message", "suggestion"};

    private final OutputStream out;
    private boolean headerWritten;

    CsvResultWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public byte[] render(String file, List<ClaimResult> results) {
        return Rendering.text(w -> {
            for (ClaimResult result : results) {
                writeRows(w, file, result);
            }
        });
    }

    private static void writeRows(Writer out, String file, ClaimResult result) throws IOException {
        if (result.findings().isEmpty()) {
            Csv.writeRow(out, file, result.claimId(), result.status(), result.riskScore(), result.riskLevel(),
                    result.payerProfile(), null, null, null, null, null, null, null, null, null);
            return;
        }
        for (Finding f : result.findings()) {
            Csv.writeRow(out, file, result.claimId(), result.status(), result.riskScore(), result.riskLevel(),
                    result.payerProfile(), f.ruleId(), f.severity(), f.category(), f.line(), f.code(), f.carc(),
                    f.rarc(), f.message(), f.suggestion());
        }
    }

    @Override
    public void write(String file, byte[] rendered) throws IOException {
        writeHeaderOnce();
        out.write(rendered);
    }

    @Override
    public void finish() throws IOException {
        writeHeaderOnce();
        out.flush();
    }

    /** Written with the first rows, not before: a scrub that fails to start writes nothing. */
    private void writeHeaderOnce() throws IOException {
        if (!headerWritten) {
            out.write(Rendering.text(w -> Csv.writeRow(w, (Object[]) HEADER)));
            headerWritten = true;
        }
    }
}
