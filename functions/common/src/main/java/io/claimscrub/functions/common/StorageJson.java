package io.claimscrub.functions.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.claimscrub.finding.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON mapping of what the functions store (work batches, findings in items): the engine's
 * records field by field, dates as ISO text, money as exact decimals, unknown fields ignored so an
 * older reader survives a newer writer.
 */
public final class StorageJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("iso-dates")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
                            return LocalDate.parse(value);
                        }
                    }))
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private StorageJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage());
        }
    }

    public static List<Finding> findings(String json) {
        try {
            return MAPPER.readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored findings are unreadable: " + e.getOriginalMessage());
        }
    }
}
