package io.claimscrub.local.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.local.LocalPipeline;
import java.util.List;
import java.util.stream.LongStream;

/** The SPEC §5 bar for one file: every claim ends as exactly one result or rejection; nothing doubled, nothing lost. */
final class Reconcile {
    private Reconcile() {
    }

    /**
     * Checks the file record, the API's claim listing and the table against the number of claims
     * the file holds.
     *
     * @return the file view, for further checks
     */
    static Api.FileView complete(LocalPipeline pipeline, Api api, String fileId, int claimsInFile) {
        Api.FileView file = api.file(fileId, 7);
        assertEquals("COMPLETE", file.summary().path("status").asText(), file.summary().toString());
        int total = file.count("claimsTotal");
        int scrubbed = file.count("claimsScrubbed");
        int rejected = file.count("claimsRejected");
        assertEquals(claimsInFile, total, "claimsTotal is the number of CLM in the file");
        assertEquals(total, scrubbed + rejected, "claimsTotal = claimsScrubbed + claimsRejected");
        int byRisk = 0;
        for (var level : file.summary().path("riskLevels")) {
            byRisk += level.asInt();
        }
        assertEquals(scrubbed, byRisk, "the risk-level counts add up to the scrubbed claims");
        assertEquals(file.count("batchesTotal"), file.count("batchesScrubbed"), "every batch counted once");

        List<Long> listed = file.claims().stream().map(c -> c.path("seq").asLong()).sorted().toList();
        List<Long> expected = LongStream.rangeClosed(1, total).boxed().toList();
        assertEquals(expected, listed, "the API lists each claim once, no gaps");
        List<Long> stored = Stored.claimSeqs(pipeline.dynamo(), pipeline.config().tableName(), fileId)
                .stream().sorted().toList();
        assertEquals(expected, stored, "the table holds one item per claim, no gaps");
        return file;
    }
}
