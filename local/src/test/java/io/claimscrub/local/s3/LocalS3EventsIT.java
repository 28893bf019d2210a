package io.claimscrub.local.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.claimscrub.local.LocalClients;
import io.claimscrub.local.lambda.FailedDelivery;
import io.claimscrub.local.lambda.S3EventDispatcher;
import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** S3Proxy with event delivery: what a handler receives when a client creates objects. */
class LocalS3EventsIT {
    private static final String BUCKET = "drops";
    private static final Duration QUICK = Duration.ofMillis(20);

    private final List<S3EventNotificationRecord> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private S3EventDispatcher dispatcher;
    private LocalS3 server;
    private S3Client s3;

    @BeforeEach
    void start() throws Exception {
        dispatcher = new S3EventDispatcher(2, List.of(QUICK, QUICK), new PrintStream(OutputStream.nullOutputStream()));
        RequestHandler<S3Event, Void> recorder = (event, context) -> {
            received.addAll(event.getRecords());
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("injected failure");
            }
            return null;
        };
        dispatcher.route(new S3EventDispatcher.Route("Recorder", BUCKET, "inbound/", recorder, Duration.ofSeconds(5)));
        server = LocalS3.start(0, null, dispatcher);
        s3 = LocalClients.s3(server.endpoint());
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterEach
    void stop() throws Exception {
        s3.close();
        server.close();
        dispatcher.close();
    }

    @Test
    void aPutUnderTheRoutedPrefixArrivesAsAnS3EventWithTheKeyEncodedAsS3EncodesIt() throws Exception {
        PutObjectResponse put = s3.putObject(b -> b.bucket(BUCKET).key("inbound/my claims (1).837"),
                RequestBody.fromString("ISA*00~"));
        s3.putObject(b -> b.bucket(BUCKET).key("work/batch-0001.jsonl"), RequestBody.fromString("{}"));

        assertTrue(dispatcher.awaitIdle(Duration.ofSeconds(10)));
        // Not "exactly one event": S3 delivers at least once, and a PUT the SDK retries under load
        // creates the object twice. What must hold is that only the routed key arrives and that no
        // one creation (one sequencer) is delivered twice.
        List<String> arrived = received.stream().map(r -> r.getEventName() + " " + r.getS3().getObject().getKey()
                + " #" + r.getS3().getObject().getSequencer()).toList();
        assertFalse(received.isEmpty(), "the put under the routed prefix triggers");
        assertTrue(received.stream().allMatch(r -> r.getS3().getObject().getKey().startsWith("inbound/")),
                () -> "only the routed prefix triggers; received " + arrived);
        assertEquals(received.size(), received.stream().map(r -> r.getS3().getObject().getSequencer()).distinct().count(),
                () -> "each object creation is delivered once; received " + arrived);
        S3EventNotificationRecord record = received.get(0);
        assertEquals("ObjectCreated:Put", record.getEventName());
        assertEquals("aws:s3", record.getEventSource());
        assertEquals(BUCKET, record.getS3().getBucket().getName());
        assertEquals("inbound/my+claims+%281%29.837", record.getS3().getObject().getKey());
        assertEquals("inbound/my claims (1).837", record.getS3().getObject().getUrlDecodedKey());
        assertEquals(7L, record.getS3().getObject().getSizeAsLong());
        assertEquals(put.eTag().replace("\"", ""), record.getS3().getObject().geteTag());
    }

    @Test
    void aCompletedMultipartUploadArrivesOnceWithTheWholeSize() throws Exception {
        String key = "inbound/big.837";
        String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET).key(key)).uploadId();
        byte[] part1 = new byte[5 * 1024 * 1024];
        byte[] part2 = "tail".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String eTag1 = s3.uploadPart(b -> b.bucket(BUCKET).key(key).uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(part1)).eTag();
        String eTag2 = s3.uploadPart(b -> b.bucket(BUCKET).key(key).uploadId(uploadId).partNumber(2),
                RequestBody.fromBytes(part2)).eTag();
        s3.completeMultipartUpload(b -> b.bucket(BUCKET).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(
                CompletedPart.builder().partNumber(1).eTag(eTag1).build(),
                CompletedPart.builder().partNumber(2).eTag(eTag2).build())));

        assertTrue(dispatcher.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(1, received.size());
        assertEquals("ObjectCreated:CompleteMultipartUpload", received.get(0).getEventName());
        assertEquals(part1.length + part2.length, received.get(0).getS3().getObject().getSizeAsLong());
    }

    @Test
    void aFailingInvocationIsRetriedTwiceAndThenRecordedAsFailed() throws Exception {
        failuresLeft.set(Integer.MAX_VALUE);
        s3.putObject(b -> b.bucket(BUCKET).key("inbound/a.837"), RequestBody.fromString("x"));

        assertTrue(dispatcher.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(S3EventDispatcher.MAX_ATTEMPTS, received.size());
        assertEquals(List.of(new FailedDelivery("Recorder", BUCKET, "inbound/a.837", 3,
                IllegalStateException.class.getName())), dispatcher.failures());
    }

    @Test
    void anInvocationThatSucceedsOnRetryLeavesNoFailure() throws Exception {
        failuresLeft.set(1);
        s3.putObject(b -> b.bucket(BUCKET).key("inbound/b.837"), RequestBody.fromString("x"));

        assertTrue(dispatcher.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(2, received.size());
        assertEquals(List.of(), dispatcher.failures());
    }
}
