package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimscrub.engine.RiskLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Page tokens that decode but name no key DynamoDB takes for the listing are refused before any query
 * (the client is null: a query would fail here). They had reached DynamoDB, whose ValidationException
 * was the API's 500.
 */
class ClaimResultsPageTest {
    private static final FunctionConfig CONFIG = FunctionConfig.fromEnvironment(Map.of("BUCKET_NAME", "b", "TABLE_NAME", "t"));
    private static final String FILE_ID = FileId.of("b", "inbound/a.837", "e1");
    private static final FileSummary FILE = new FileSummary(FILE_ID, FileStatus.COMPLETE, "b", "inbound/a.837", "e1",
            null, null, null, 600, 2, 600, 0, Map.of(RiskLevel.LOW, 600), Set.of(1, 2), List.of(), null);

    private final ClaimResults results = new ClaimResults(null, CONFIG);

    @Test
    void aFileTokenWithoutItsSortKeyOrWithAnOversizedOneIsRefused() {
        String pk = "FILE#" + FILE_ID + "#B1";
        for (String key : List.of("{\"pk\":\"" + pk + "\"}", "{\"pk\":\"" + pk + "\",\"sk\":\"" + "x".repeat(1025) + "\"}",
                "{\"pk\":\"" + pk + "\",\"sk\":\"CLAIM#000000001\",\"claimId\":\"A\"}")) {
            var e = assertThrows(IllegalArgumentException.class, () -> results.ofFile(FILE, 10, token("{\"b\":1,\"k\":" + key + "}")));
            assertEquals("nextToken is not a token this API issued", e.getMessage());
        }
    }

    @Test
    void aClaimTokenWithoutAllFourKeyAttributesOrWithAnOversizedOneIsRefused() {
        for (String key : List.of("{\"claimId\":\"A\",\"scrubbedAt\":\"z\",\"pk\":\"p\"}",
                "{\"claimId\":\"A\",\"scrubbedAt\":\"" + "x".repeat(3000) + "\",\"pk\":\"p\",\"sk\":\"s\"}")) {
            var e = assertThrows(IllegalArgumentException.class, () -> results.byClaimId("A", 10, token("{\"k\":" + key + "}")));
            assertEquals("nextToken is not a token this API issued", e.getMessage());
        }
    }

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
