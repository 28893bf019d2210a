package io.claimscrub.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a YAML document into Jackson's tree model, node for node as a YAML {@code ObjectMapper}
 * with {@code USE_BIG_DECIMAL_FOR_FLOATS} and strict duplicate detection reads it
 * ({@code YamlTreeTest} holds the two equal), but straight from the streaming parser: creating an
 * ObjectMapper cost ~70 ms of a ~0.3 s start-up, for two small profiles and the vocabulary.
 */
public final class YamlTree {
    // Not YAMLFactory.builder(): it leaves YAMLParser.Feature.EMPTY_STRING_AS_NULL off, unlike the mapper.
    private static final JsonFactory YAML = new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {
    }

    /**
     * The document's root node; null when the input holds no document.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException the input is not valid YAML, or repeats a key
     */
    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser parser = YAML.createParser(in)) {
            return parser.nextToken() == null ? null : value(parser);
        }
    }

    private static JsonNode value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> integer(p);
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue().stripTrailingZeros());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> embedded(p.getEmbeddedObject());
            default -> throw new IllegalStateException("unexpected YAML token " + p.currentToken());
        };
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            object.replace(name, value(p));
        }
        return object;
    }

    private static ArrayNode array(JsonParser p) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(p));
        }
        return array;
    }

    private static JsonNode integer(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> NODES.numberNode(p.getBigIntegerValue());
        };
    }

    private static JsonNode embedded(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        return value instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(value);
    }
}
