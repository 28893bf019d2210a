package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.finding.Finding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One row per finding, with its claim's columns repeated, for a spreadsheet. A claim without
 * findings still gets one row, with the finding columns empty, so every claim is in the sheet.
 */
final class CsvResultWriter implements ResultWriter {
    static final String[] HEADER = {"file", "claimId", "status", "riskScore", "riskLevel", "payerProfile",
        "ruleId", "severity", "category", "line", "code", "carc", "rarc", "message", "suggestion"};

    private final Writer out;

    CsvResultWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Csv.writeRow(this.out, (Object[]) HEADER);
    }

    @Override
    public void write(String file, ClaimResult result) throws IOException {
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
    public void finish() throws IOException {
        out.flush();
    }
}
