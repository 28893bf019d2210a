package io.claimscrub.local.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.local.LocalClients;
import io.claimscrub.local.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code serve} as a separate process, the way a user and the outside checks run it: one READY line
 * on stdout, uploads with an S3 client, answers with HTTP, a clean stop on SIGTERM, and a restart on
 * the same data folder that still knows the file it has seen.
 */
class ServeIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path data;

    private static String upload(ServeProcess.Ready ready, byte[] content, String name) {
        String key = ready.inbound() + name;
        try (S3Client s3 = LocalClients.s3(ready.s3())) {
            s3.putObject(b -> b.bucket(ready.bucket()).key(key), RequestBody.fromBytes(content));
        }
        return key;
    }

    @Test
    void servePrintsOneReadyLineRunsThePipelineStopsCleanlyAndKeepsItsDataAcrossARestart() throws Exception {
        byte[] file = Fixtures.bytes("claims-60.837");
        String fileId;
        JsonNode first;
        ServeProcess.Ready ready;
        try (ServeProcess serve = ServeProcess.start(data, List.of())) {
            ready = serve.awaitReady(START);
            assertEquals("inbound/", ready.inbound());
            Api api = new Api(ready.api());
            String key = upload(ready, file, "claims.837");
            first = api.awaitDone(key, WAIT);
            fileId = first.path("fileId").asText();
            assertEquals("COMPLETE", first.path("status").asText());
            assertEquals(Fixtures.claimCount(file), first.path("claimsTotal").asInt());

            assertEquals(143, serve.stop(WAIT), "ended by SIGTERM");
            assertEquals(1, serve.stdout().size(), "stdout holds the READY line and nothing else: " + serve.stdout());
            assertFalse(Ports.accepts(ready.api().getPort()), "API stopped");
            assertFalse(Ports.accepts(ready.s3().getPort()), "S3 stopped");
            assertFalse(Ports.accepts(ready.dynamodb().getPort()), "dynalite stopped with it");
        }

        try (ServeProcess again = ServeProcess.start(data, List.of())) {
            ServeProcess.Ready second = again.awaitReady(START);
            Api api = new Api(second.api());
            JsonNode kept = api.get("/v1/files/" + fileId).json();
            assertEquals("COMPLETE", kept.path("status").asText(), kept.toString());
            assertEquals(first.path("claimsScrubbed"), kept.path("claimsScrubbed"));

            // The same file dropped again: recognised, nothing doubled.
            String key = upload(second, file, "claims.837");
            // S3 → ParseClaimFile is asynchronous: wait for its log line saying it saw a duplicate.
            Api.await(() -> again.stderr().stream().anyMatch(l -> l.contains("parse.duplicate")) ? true : null,
                    seen -> true, WAIT, "ParseClaimFile to see the second upload");
            List<JsonNode> records = api.filesOfKey(key);
            assertEquals(1, records.size());
            assertEquals(first.path("claimsTotal"), records.get(0).path("claimsTotal"));
            assertEquals(first.path("claimsScrubbed"), records.get(0).path("claimsScrubbed"));
            again.stop(WAIT);
        }
    }
}
