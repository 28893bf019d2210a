package io.claimscrub.local.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.local.LocalClients;
import io.claimscrub.local.Ports;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The project-local dynalite: installed from the lockfile, started, used with the SDK, stopped. */
class DynaliteIT {

    @Test
    void startsOnAFreeLoopbackPortServesTheSdkAndStopsOnClose() {
        int port;
        try (Dynalite dynalite = Dynalite.start(); DynamoDbClient dynamo = LocalClients.dynamo(dynalite.endpoint())) {
            port = dynalite.port();
            dynamo.createTable(b -> b.tableName("items")
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .billingMode("PAY_PER_REQUEST"));
            dynamo.putItem(b -> b.tableName("items").item(Map.of("pk", AttributeValue.fromS("a"),
                    "n", AttributeValue.fromN("1"))));
            // Atomic counters are what the pipeline relies on in place of transactions.
            dynamo.updateItem(b -> b.tableName("items").key(Map.of("pk", AttributeValue.fromS("a")))
                    .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName("items")
                    .key(Map.of("pk", AttributeValue.fromS("a"))).consistentRead(true)).item();
            assertEquals("2", item.get("n").n());
            assertTrue(dynalite.isAlive());
        }
        assertFalse(Ports.accepts(port), "closing stops the process and frees the port");
    }

    @Test
    void aPortTakenBySomeoneElseIsAClearFailureNotMistakenForDynalite() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, Ports.LOOPBACK)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> Dynalite.start(DynaliteInstall.locate(), taken.getLocalPort(), null));
            assertTrue(failure.getMessage().startsWith("dynalite did not start on port " + taken.getLocalPort()),
                    failure.getMessage());
        }
    }
}
