package io.claimscrub.functions.scrub;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.BatchCounts;
import io.claimscrub.functions.common.BatchRef;
import io.claimscrub.functions.common.ClaimResults;
import io.claimscrub.functions.common.FileId;
import io.claimscrub.functions.common.FunctionConfig;
import io.claimscrub.functions.common.WorkEntry;
import io.claimscrub.model.Claim;
import io.claimscrub.model.ServiceLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
    @Test
    void aClaimTooLargeToStoreIsStoredAsARejectionSayingWhy() {
        // a 500 KB CLM01: its item had failed every write and held up the whole batch
        Claim claim = new Claim("C".repeat(500_000), null, null, LocalDate.of(2026, 11, 2), List.of(), null, null,
                List.of(new ServiceLine(1, "97110", List.of("GP"), 1, 15, null, null, null)), null);
        BatchCounts counts = new BatchCounts();
        Map<String, AttributeValue> item = handler.scrubbed(new BatchRef(FileId.of("b", "inbound/x.837", "e"), 1),
                new WorkEntry.ClaimEntry(3, claim, List.of()), Instant.now(), counts);
        assertTrue(ClaimResults.fits(item));
        assertEquals("REJECTED", item.get("status").s());
        assertNull(item.get("claimId"));
        assertTrue(item.get("result").s().contains("\"ruleId\":\"X12_SYNTAX\""), item.get("result").s());
        assertTrue(item.get("result").s().contains("far longer than the 837P allows"), item.get("result").s());
        assertEquals(1, counts.rejected());
        assertEquals(1, counts.total());
    }
}
