package io.claimscrub.rules.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void everyConceptHasWordsAndAnAbsentLabel() {
        for (Concept concept : Concept.values()) {
            List<String> label = vocabulary.absent(List.of(concept));
            assertTrue(label.get(0).startsWith("no "), concept + ": " + label);
        }
    }

    @Test
    void overlappingMatchesMergeIntoOneQuote() {
        assertEquals(List.of("found: 'moderate manual assist'"),
                vocabulary.found(Concept.ASSIST_LEVEL, "Patient required moderate manual assist."));
        assertEquals(List.of("found: 'verbal cueing'", "found: 'cues'"),
                vocabulary.found(Concept.CUEING, "verbal cueing and later cues"));
        assertEquals(List.of("found: 'is independent with'"),
                vocabulary.found(Concept.ALREADY_INDEPENDENT, "Patient is independent with transfers."));
    }

    @Test
    void abbreviationsKeepTheirCase() {
        assertTrue(vocabulary.mentions(Concept.CUEING, "2 VCs for hand placement"));
        assertFalse(vocabulary.mentions(Concept.CUEING, "2 vcs for hand placement"));
        assertTrue(vocabulary.mentions(Concept.ASSIST_LEVEL, "transfers mod A"));
        assertFalse(vocabulary.mentions(Concept.ASSIST_LEVEL, "10 min a day"));
    }

    @Test
    void scopeComesFromTheFile() {
        assertTrue(vocabulary.isEvaluation("97161"));
        assertFalse(vocabulary.isEvaluation("97530"));
        assertTrue(vocabulary.isSupervisedModality("97014"));
        assertFalse(vocabulary.isSupervisedModality("97140"));
    }

    @Test
    void aBadPatternIsNamedWithItsConcept() throws IOException {
        String yaml = standardYaml().replace("'\\bguard(ed|ing)\\b'", "'\\bguard(ed|ing\\b'");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(yaml));
        assertTrue(e.getMessage().contains("'guarding'") && e.getMessage().contains("guard(ed|ing"), e.getMessage());
    }

    @Test
    void aMissingConceptIsNamed() throws IOException {
        String yaml = standardYaml().replace("  facilitation:\n", "  facilitations:\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(yaml));
        assertTrue(e.getMessage().contains("'facilitation'"), e.getMessage());
    }

    @Test
    void anUnknownConceptIsRejected() throws IOException {
        String yaml = standardYaml() + "  spare:\n    absent: no spare\n    patterns: ['x']\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(yaml));
        assertTrue(e.getMessage().contains("spare"), e.getMessage());
    }

    private static Vocabulary load(String yaml) throws IOException {
        return Vocabulary.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String standardYaml() throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
