package io.claimscrub.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YamlTree must read every document as the YAML mapper the profiles were read with before. */
class YamlTreeTest {
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void sameTreesAsTheMapper() throws IOException {
        List<String> documents = List.of(
                "id: medicare\nunitMethod: CMS\nrequireDisciplineModifier: true\npreferXModifiers: no\n",
                "unitCaps: {97530: 2, '97110': 1.5, G0283: -3}\nkxThresholds: {2025: 2410, 2026: 2480.50, 2027: 0.000}\n",
                "a: [1, 2.0, 1e3, 12345678901, 123456789012345678901234567890, -0.0, 1.5e-7]\n",
                "a: ~\nb: null\nc:\nd: ''\ne: \"x\\ty\"\nf: !!str 123\ng: !!binary aGVsbG8=\n",
                "- one\n- [two, {three: 3}]\n- - four\n",
                "just text\n",
                "42\n",
                "anchors: &a {x: 1}\nref: *a\n",
                "first: 1\n---\nsecond: 2\n",
                "key with spaces: value # comment\n'00431': medicare\nACME1: acme\n");
        for (String yaml : documents) {
            JsonNode expected = MAPPER.readTree(yaml);
            JsonNode actual = YamlTree.read(stream(yaml));
            assertEquals(expected, actual, yaml);
            assertEquals(expected.toString(), actual.toString(), yaml);
        }
    }

    @Test
    void noDocumentIsNull() throws IOException {
        assertEquals(null, YamlTree.read(stream("")));
        assertEquals(null, YamlTree.read(stream("# only a comment\n")));
    }

    @Test
    void brokenYamlAndRepeatedKeysFailWithTheMappersMessage() {
        for (String yaml : List.of("id: [unclosed\n", "id: a\nid: b\n", "a: {b: 1, b: 2}\n", "a: b: c\n",
                "a: .inf\n", "a: [-.inf]\n", "a: .nan\n")) {
            JsonProcessingException expected = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(yaml));
            JsonProcessingException actual = assertThrows(JsonProcessingException.class, () -> YamlTree.read(stream(yaml)));
            assertEquals(expected.getOriginalMessage(), actual.getOriginalMessage(), yaml);
        }
    }

    private static InputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
