package io.claimscrub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFloorTest {
    private static final ScrubEngine ENGINE = ScrubEngine.builtIn();

    /** The launcher's sample (25 claims), repeated so that the file has more claims than the pool. */
    private static byte[] sampleTimes(int copies) throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("../events/sample-837p.edi"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < copies; i++) {
            file.write(sample);
        }
        return file.toByteArray();
    }

    private static List<ClaimResult> engineResults(byte[] file) {
        List<ClaimResult> results = new ArrayList<>();
        Workloads.scrub(file, ENGINE, result -> results.add((ClaimResult) result));
        return results;
    }

    private static List<ClaimResult> rebuilt(OutputFloor floor) {
        List<ClaimResult> results = new ArrayList<>();
        floor.rebuild(result -> results.add((ClaimResult) result));
        return results;
    }

    @Test
    void makesAsManyResultsAsTheFileHasEachEqualToItsPoolResult() throws IOException {
        byte[] file = sampleTimes(6);
        List<ClaimResult> engine = engineResults(file);
        assertTrue(engine.size() > OutputFloor.POOL, "the file must outgrow the pool: " + engine.size());

        List<ClaimResult> rebuilt = rebuilt(OutputFloor.of(file, ENGINE, false));

        assertEquals(engine.size(), rebuilt.size());
        for (int i = 0; i < rebuilt.size(); i++) {
            assertEquals(engine.get(i % OutputFloor.POOL), rebuilt.get(i), "result " + i);
        }
    }

    @Test
    void copiesEveryTextUnlessTextsAreShared() throws IOException {
        byte[] file = sampleTimes(1);
        OutputFloor copying = OutputFloor.of(file, ENGINE, false);
        OutputFloor sharing = OutputFloor.of(file, ENGINE, true);

        Finding copiedOnce = rebuilt(copying).get(0).findings().get(0);
        Finding copiedAgain = rebuilt(copying).get(0).findings().get(0);
        Finding sharedOnce = rebuilt(sharing).get(0).findings().get(0);
        Finding sharedAgain = rebuilt(sharing).get(0).findings().get(0);

        assertEquals(copiedOnce, copiedAgain);
        assertNotSame(copiedOnce.message(), copiedAgain.message());
        assertNotSame(copiedOnce.suggestion(), copiedAgain.suggestion());
        assertNotSame(copiedOnce, copiedAgain);
        assertEquals(copiedOnce, sharedOnce);
        assertSame(sharedOnce.message(), sharedAgain.message());
        assertNotSame(sharedOnce, sharedAgain);
    }
}
