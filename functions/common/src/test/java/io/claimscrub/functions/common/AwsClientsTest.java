package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

class AwsClientsTest {
    @Test
    void serviceEndpointWinsOverTheGlobalOne() {
        Map<String, String> env = Map.of("AWS_REGION", "eu-west-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000");
        try (S3Client s3 = AwsClients.s3(env); DynamoDbClient dynamo = AwsClients.dynamoDb(env)) {
            assertEquals(Optional.of(URI.create("http://127.0.0.1:9000")), s3.serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")), dynamo.serviceClientConfiguration().endpointOverride());
            assertEquals(Region.EU_WEST_1, s3.serviceClientConfiguration().region());
        }
    }

    @Test
    void noOverrideMeansTheServicesOwnEndpoint() {
        try (DynamoDbClient dynamo = AwsClients.dynamoDb(Map.of("AWS_DEFAULT_REGION", "us-west-2"))) {
            assertTrue(dynamo.serviceClientConfiguration().endpointOverride().isEmpty());
            assertEquals(Region.US_WEST_2, dynamo.serviceClientConfiguration().region());
        }
    }

    @Test
    void aRelativeEndpointIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AwsClients.endpoint(Map.of("AWS_ENDPOINT_URL", "localhost"), "AWS_ENDPOINT_URL_S3"));
    }
}
