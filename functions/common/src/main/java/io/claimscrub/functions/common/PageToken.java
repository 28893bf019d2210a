package io.claimscrub.functions.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The opaque {@code nextToken} of a listing: base64url of a small JSON object holding DynamoDB's
 * LastEvaluatedKey (our keys are all strings) and, for a file's claims, the batch partition it is in.
 * A token that does not decode is an IllegalArgumentException (the API answers 400).
 */
public record PageToken(Integer batch, Map<String, AttributeValue> lastKey) {
    private static final Set<String> KEY_NAMES = Set.of(ClaimTable.PK, ClaimTable.SK, ClaimTable.CLAIM_ID,
            ClaimTable.SCRUBBED_AT, ClaimTable.OBJECT_KEY, ClaimTable.CREATED_AT);

    public PageToken {
        lastKey = lastKey == null ? Map.of() : Map.copyOf(lastKey);
    }

    public String encode() {
        ObjectNode root = StorageJson.MAPPER.createObjectNode();
        if (batch != null) {
            root.put("b", batch);
        }
        ObjectNode key = root.putObject("k");
        lastKey.forEach((name, value) -> key.put(name, value.s()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(StorageJson.write(root).getBytes(StandardCharsets.UTF_8));
    }

    public static PageToken decode(String token) {
        JsonNode root;
        try {
            root = StorageJson.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException("nextToken is not a token this API issued");
        }
        if (root == null || !root.isObject() || !root.path("k").isObject()
                || (root.has("b") && !(root.get("b").isInt() && root.get("b").intValue() >= 1))) {
            throw new IllegalArgumentException("nextToken is not a token this API issued");
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("k").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!KEY_NAMES.contains(field.getKey()) || !field.getValue().isTextual()) {
                throw new IllegalArgumentException("nextToken is not a token this API issued");
            }
            key.put(field.getKey(), AttributeValue.fromS(field.getValue().textValue()));
        }
        return new PageToken(root.has("b") ? root.get("b").intValue() : null, key);
    }
}
