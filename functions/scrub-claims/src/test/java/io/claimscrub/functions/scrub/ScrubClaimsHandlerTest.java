package io.claimscrub.functions.scrub;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.FunctionConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Which events ScrubClaims acts on. Its clients point at a port where nothing listens: an event it
 * ignores must finish without a call, one it acts on fails on the first call. (What it then stores is
 * proven on the local stack by the integration tests.)
 */
class ScrubClaimsHandlerTest {
    private static final Map<String, String> ENV = Map.of("BUCKET_NAME", "claimscrub-local", "TABLE_NAME", "t",
            "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:9",
            "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");

    private final ScrubClaimsHandler handler = new ScrubClaimsHandler(AwsClients.s3(ENV), AwsClients.dynamoDb(ENV),
            FunctionConfig.fromEnvironment(ENV));

    @Test
    void snapStartPrimingScrubsTheSampleBatchWithoutTouchingStorage() {
        assertDoesNotThrow(() -> handler.beforeCheckpoint(null), "any S3 or DynamoDB call would fail here");
    }

    @ParameterizedTest
    @Event(value = "events/s3-inbound.json", type = S3Event.class)
    void aDroppedFileNeverTriggersScrubbing(S3Event event) {
        assertDoesNotThrow(() -> handler.handleRequest(event, null));
    }

    @ParameterizedTest
    @Event(value = "events/s3-work.json", type = S3Event.class)
    void aWorkBatchIsFetched(S3Event event) {
        assertThrows(SdkClientException.class, () -> handler.handleRequest(event, null));
    }
}
