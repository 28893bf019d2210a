package io.claimscrub.functions.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.FunctionConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Which events ParseClaimFile acts on. Its clients point at a port where nothing listens: an event it
 * ignores must finish without a call, one it acts on fails on the first call. (What it then stores is
 * proven on the local stack by the integration tests.)
 */
class ParseClaimFileHandlerTest {
    private static final Map<String, String> ENV = Map.of("BUCKET_NAME", "claimscrub-local", "TABLE_NAME", "t",
            "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:9",
            "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");

    private final ParseClaimFileHandler handler = new ParseClaimFileHandler(AwsClients.s3(ENV), AwsClients.dynamoDb(ENV),
            FunctionConfig.fromEnvironment(ENV));

    @Test
    void snapStartPrimingReadsTheSampleWithoutTouchingStorage() {
        assertDoesNotThrow(() -> handler.beforeCheckpoint(null), "any S3 or DynamoDB call would fail here");
    }

    @ParameterizedTest
    @Event(value = "events/s3-work.json", type = S3Event.class)
    void aWorkBatchNeverTriggersParsing(S3Event event) {
        assertDoesNotThrow(() -> handler.handleRequest(event, null));
    }

    @ParameterizedTest
    @Event(value = "events/s3-inbound.json", type = S3Event.class)
    void aDroppedFileIsFetched(S3Event event) {
        assertThrows(SdkClientException.class, () -> handler.handleRequest(event, null));
    }
    @Test
    void aFolderMarkerIsNoFileButAnythingElseIsFetched() {
        assertDoesNotThrow(() -> handler.handleRequest(event("inbound/acme/", 0), null));
        assertThrows(SdkClientException.class, () -> handler.handleRequest(event("inbound/acme/empty.837", 0), null),
                "an empty file is rejected with its reason, so it is fetched");
        assertThrows(SdkClientException.class, () -> handler.handleRequest(event("inbound/acme/", 2240), null));
    }

    private static S3Event event(String key, long size) {
        var object = new S3EventNotification.S3ObjectEntity(key, size, "9b2cf535f27731c974343645a3985328", null, "0A1B2C3D4E5F678901");
        var bucket = new S3EventNotification.S3BucketEntity("claimscrub-local", null, "arn:aws:s3:::claimscrub-local");
        var s3 = new S3EventNotification.S3Entity("claimscrub-event", bucket, object, "1.0");
        return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put",
                "aws:s3", "2026-11-02T10:00:00.000Z", "2.1", null, null, s3, null)));
    }
}
