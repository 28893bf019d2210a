package io.claimscrub.local.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.functions.parse.ParseClaimFileHandler;
import io.claimscrub.functions.scrub.ScrubClaimsHandler;
import io.claimscrub.local.LocalPipeline;
import io.claimscrub.local.lambda.FailedDelivery;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A function dies part-way (an injected crash just before one of its S3 or DynamoDB calls), and the
 * Lambda-style retry runs it again: the file must still end COMPLETE with every claim exactly once.
 */
class CrashRecoveryIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final FaultPlan PARSE_S3 = new FaultPlan();
    private static final FaultPlan SCRUB_DYNAMO = new FaultPlan();
    private static final byte[] FILE = Fixtures.bytes("claims-60.837");

    private static LocalPipeline pipeline;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        pipeline = LocalPipeline.builder()
                .env("BATCH_SIZE", "10")
                .functions(LocalPipeline.Functions.standard()
                        .withParse((s3, dynamo, config) -> new ParseClaimFileHandler(
                                PARSE_S3.wrap(S3Client.class, s3), dynamo, config))
                        .withScrub((s3, dynamo, config) -> new ScrubClaimsHandler(
                                s3, SCRUB_DYNAMO.wrap(DynamoDbClient.class, dynamo), config)))
                .start();
        api = new Api(pipeline.apiEndpoint());
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    private int failuresBefore;

    @BeforeEach
    void countFailures() {
        failuresBefore = pipeline.dispatcher().failures().size();
    }

    @AfterEach
    void disarm() throws InterruptedException {
        assertTrue(pipeline.awaitIdle(WAIT));
        PARSE_S3.disarm();
        SCRUB_DYNAMO.disarm();
    }

    private String drop(String name) {
        String key = pipeline.config().inboundPrefix() + name;
        pipeline.s3().putObject(b -> b.bucket(pipeline.config().bucketName()).key(key), RequestBody.fromBytes(FILE));
        return key;
    }

    private void assertRecovered(String key, FaultPlan plan, int crashes) throws InterruptedException {
        String fileId = api.awaitDone(key, WAIT).path("fileId").asText();
        assertTrue(pipeline.awaitIdle(WAIT));
        assertEquals(crashes, plan.injected(), "the crash happened");
        assertEquals(failuresBefore, pipeline.dispatcher().failures().size(), "the retry recovered");
        Reconcile.complete(pipeline, api, fileId, Fixtures.claimCount(FILE));
    }

    /** ParseClaimFile dies after writing some batches (before the n-th work batch): the retry parses again. */
    @ParameterizedTest(name = "parse crashes before work batch {0}")
    @CsvSource({"1", "3", "6"})
    void parseCrashBetweenBatchesThenRetry(int batch) throws InterruptedException {
        PARSE_S3.arm("putObject", batch - 1, 1);
        String key = drop("parse-crash-" + batch + ".837");
        assertRecovered(key, PARSE_S3, 1);
    }

    /** ParseClaimFile dies twice in a row: Lambda's second retry still gets the file through. */
    @Test
    void parseCrashesTwiceAndTheLastRetrySucceeds() throws InterruptedException {
        PARSE_S3.arm("putObject", 2, 2);
        String key = drop("parse-crash-twice.837");
        assertRecovered(key, PARSE_S3, 2);
    }

    /**
     * ScrubClaims dies after writing a batch's claim items but before counting them (updateItem), or
     * in the middle of writing them (batchWriteItem): the retry writes the same items and counts once.
     */
    @ParameterizedTest(name = "scrub crashes before {0} call {1}")
    @CsvSource({"updateItem, 1", "updateItem, 4", "batchWriteItem, 2", "getItem, 3"})
    void scrubCrashThenRetry(String call, int nth) throws InterruptedException {
        SCRUB_DYNAMO.arm(call, nth - 1, 1);
        String key = drop("scrub-crash-" + call + "-" + nth + ".837");
        assertRecovered(key, SCRUB_DYNAMO, 1);
    }

    /**
     * Crashes on every attempt exhaust Lambda's retries: the event is on the failure list, not silently
     * lost. Every call crashes, not just three: S3 delivers at least once, and a second delivery of the
     * same event (seen once in CI) would otherwise share the three crashes and succeed.
     */
    @Test
    void anInvocationThatNeverSucceedsEndsOnTheFailureList() throws InterruptedException {
        PARSE_S3.arm("putObject", 0, Integer.MAX_VALUE);
        String key = drop("parse-always-crashes.837");
        assertTrue(pipeline.awaitIdle(WAIT));

        List<FailedDelivery> failures = pipeline.dispatcher().failures();
        List<FailedDelivery> added = failures.subList(failuresBefore, failures.size());
        assertFalse(added.isEmpty(), failures.toString());
        FailedDelivery expected = new FailedDelivery(LocalPipeline.PARSE_FUNCTION, pipeline.config().bucketName(), key,
                3, FaultPlan.InjectedCrash.class.getName());
        added.forEach(failure -> assertEquals(expected, failure));
        assertEquals("PARSING", api.filesOfKey(key).get(0).path("status").asText(),
                "the record shows the file stuck where it stopped");

        // An operator re-drives the event (as from the on-failure destination): the file completes.
        PARSE_S3.disarm();
        pipeline.redeliver(key);
        String fileId = api.awaitDone(key, WAIT).path("fileId").asText();
        assertTrue(pipeline.awaitIdle(WAIT));
        Reconcile.complete(pipeline, api, fileId, Fixtures.claimCount(FILE));
    }
}
