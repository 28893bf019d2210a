package io.claimscrub.local.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.local.LocalPipeline;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files through the whole local pipeline: uploaded with the S3 SDK to S3Proxy, parsed and scrubbed by
 * the real handlers on S3 events, results in dynalite, read back through the API over HTTP.
 */
class PipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int BATCH_SIZE = 10;

    private static LocalPipeline pipeline;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        pipeline = LocalPipeline.builder().env("BATCH_SIZE", Integer.toString(BATCH_SIZE)).start();
        api = new Api(pipeline.apiEndpoint());
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @AfterEach
    void noDeliveryEverFailedForGood() throws InterruptedException {
        assertTrue(pipeline.awaitIdle(WAIT));
        assertEquals(List.of(), pipeline.dispatcher().failures());
    }

    private String upload(String key, byte[] content) {
        pipeline.s3().putObject(b -> b.bucket(pipeline.config().bucketName()).key(key), RequestBody.fromBytes(content));
        return key;
    }

    private String drop(String name, byte[] content) {
        return upload(pipeline.config().inboundPrefix() + name, content);
    }

    @Test
    void aFileGoesFromDropToCompleteWithOneResultPerClaim() {
        byte[] file = Fixtures.bytes("claims-60.837");
        String key = drop("whole-pipeline.837", file);

        JsonNode done = api.awaitDone(key, WAIT);
        Api.FileView view = Reconcile.complete(pipeline, api, done.path("fileId").asText(), Fixtures.claimCount(file));

        assertEquals(6, view.count("batchesTotal"), "60 claims in batches of " + BATCH_SIZE);
        assertEquals(0, view.count("claimsRejected"));
        assertEquals(Set.copyOf(Fixtures.claimIds(file)),
                view.claims().stream().map(c -> c.path("claimId").asText()).collect(Collectors.toSet()));
        // A claim's stored result, by claim id.
        String claimId = Fixtures.claimIds(file).get(0);
        Api.Response claim = api.get("/v1/claims/" + claimId);
        assertEquals(200, claim.status(), claim.body());
        assertEquals(claimId, claim.json().path("results").get(0).path("claimId").asText());
    }

    @Test
    void aKeyWithSpacesAndParenthesesArrivesDecoded() {
        byte[] file = Fixtures.bytes("claims-60.837");
        String key = drop("March claims (final).837", file);

        JsonNode done = api.awaitDone(key, WAIT);
        assertEquals(key, done.path("key").asText());
        Reconcile.complete(pipeline, api, done.path("fileId").asText(), Fixtures.claimCount(file));
    }

    @Test
    void damagedClaimsEndAsRejectionsAndTheCountsStillReconcile() {
        byte[] file = Fixtures.bytes("claims-60-two-broken.837");
        String key = drop("two-broken.837", file);

        JsonNode done = api.awaitDone(key, WAIT);
        Reconcile.complete(pipeline, api, done.path("fileId").asText(), Fixtures.claimCount(file));
    }

    @Test
    void theSameObjectDeliveredTwiceIsCountedOnce() throws InterruptedException {
        byte[] file = Fixtures.bytes("claims-60.837");
        String key = drop("delivered-twice.837", file);
        // A second delivery while the first is still running, and a third after it is done.
        pipeline.redeliver(key);
        JsonNode done = api.awaitDone(key, WAIT);
        assertTrue(pipeline.awaitIdle(WAIT));
        pipeline.redeliver(key);
        assertTrue(pipeline.awaitIdle(WAIT));

        assertEquals(1, api.filesOfKey(key).size(), "one file record for one object");
        Reconcile.complete(pipeline, api, done.path("fileId").asText(), Fixtures.claimCount(file));
    }

    @Test
    void theSameFileUploadedAgainIsRecognisedAndNotDoubled() throws InterruptedException {
        byte[] file = Fixtures.bytes("claims-60.837");
        String key = drop("uploaded-twice.837", file);
        String fileId = api.awaitDone(key, WAIT).path("fileId").asText();
        assertTrue(pipeline.awaitIdle(WAIT));

        drop("uploaded-twice.837", file);
        assertTrue(pipeline.awaitIdle(WAIT));

        List<JsonNode> records = api.filesOfKey(key);
        assertEquals(1, records.size(), "same bucket, key and content: the same file");
        assertEquals(fileId, records.get(0).path("fileId").asText());
        Reconcile.complete(pipeline, api, fileId, Fixtures.claimCount(file));
    }

    @Test
    void batchesDeliveredAgainLeaveTheCountersUnchanged() throws InterruptedException {
        byte[] file = Fixtures.bytes("claims-60.837");
        String key = drop("batches-twice.837", file);
        String fileId = api.awaitDone(key, WAIT).path("fileId").asText();
        assertTrue(pipeline.awaitIdle(WAIT));
        JsonNode before = api.file(fileId, 100).summary();

        List<String> batchKeys = pipeline.s3().listObjectsV2Paginator(b -> b.bucket(pipeline.config().bucketName())
                        .prefix(pipeline.config().workPrefix() + fileId + "/"))
                .contents().stream().map(o -> o.key()).toList();
        assertEquals(6, batchKeys.size());
        batchKeys.forEach(pipeline::redeliver);
        batchKeys.forEach(pipeline::redeliver);
        assertTrue(pipeline.awaitIdle(WAIT));

        JsonNode after = Reconcile.complete(pipeline, api, fileId, Fixtures.claimCount(file)).summary();
        for (String counter : List.of("claimsTotal", "claimsScrubbed", "claimsRejected", "riskLevels", "batchesScrubbed")) {
            assertEquals(before.path(counter), after.path(counter), counter);
        }
    }

    @Test
    void aFileThatIsNoX12EndsRejectedAndIsCopiedUnderRejectedWithItsReasons() {
        byte[] notX12 = "patient,dob\nnot,an 837 at all\n".getBytes(StandardCharsets.US_ASCII);
        String key = drop("not-an-837.csv", notX12);

        JsonNode done = api.awaitDone(key, WAIT);
        assertEquals("REJECTED", done.path("status").asText());
        JsonNode file = api.get("/v1/files/" + done.path("fileId").asText()).json();
        assertEquals(0, file.path("claimsScrubbed").asInt());
        assertFalse(file.path("reasons").isEmpty(), "a rejected file says why: " + file);
        assertEquals("X12_SYNTAX", file.path("reasons").get(0).path("ruleId").asText());

        String rejectedKey = file.path("rejectedKey").asText();
        assertTrue(rejectedKey.startsWith(pipeline.config().rejectedPrefix()), rejectedKey);
        byte[] copied = pipeline.s3().getObjectAsBytes(b -> b.bucket(pipeline.config().bucketName()).key(rejectedKey))
                .asByteArray();
        assertEquals(new String(notX12, StandardCharsets.US_ASCII), new String(copied, StandardCharsets.US_ASCII));
        String reasons = pipeline.s3().getObjectAsBytes(b -> b.bucket(pipeline.config().bucketName())
                .key(rejectedKey + ".reasons.json")).asUtf8String();
        assertTrue(reasons.contains("X12_SYNTAX"), reasons);
        assertTrue(noWorkBatchesFor(done.path("fileId").asText()), "nothing to scrub was written");
    }

    private boolean noWorkBatchesFor(String fileId) {
        try {
            return pipeline.s3().listObjectsV2(b -> b.bucket(pipeline.config().bucketName())
                    .prefix(pipeline.config().workPrefix() + fileId + "/")).contents().isEmpty();
        } catch (NoSuchKeyException e) {
            return true;
        }
    }
}
