package io.claimscrub.rules.documentation;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.json.YamlTree;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The words the documentation rules look for, loaded once from {@code documentation-vocabulary.yaml}
 * with every pattern compiled up front. Keeping the words as data lets a billing team read and
 * extend them without touching the rules.
 */
final class Vocabulary {
    static final String RESOURCE = "documentation-vocabulary.yaml";

    /** A stretch of text that matched a concept. */
    record Match(int start, int end, String text) {
    }

    record Scope(List<String> evaluationCodes, List<String> supervisedModalityCodes) {
        static Scope of(JsonNode node) {
            Map<String, JsonNode> keys = keys(node, "scope", "evaluationCodes", "supervisedModalityCodes");
            return keys == null ? null
                    : new Scope(texts(keys.get("evaluationCodes")), texts(keys.get("supervisedModalityCodes")));
        }
    }

    record Entry(String absent, List<String> patterns) {
        static Entry of(String concept, JsonNode node) {
            Map<String, JsonNode> keys = keys(node, concept, "absent", "patterns");
            return keys == null ? null : new Entry(text(keys.get("absent")), texts(keys.get("patterns")));
        }
    }

    /** The file as written: a part it leaves out is null (the checks in {@link #load} name it). */
    record VocabularyFile(Scope scope, Map<String, Entry> concepts) {
        static VocabularyFile of(JsonNode root) {
            Map<String, JsonNode> keys = keys(root, "the file", "scope", "concepts");
            if (keys == null) {
                return null;
            }
            Map<String, Entry> concepts = null;
            JsonNode conceptsNode = keys.get("concepts");
            if (conceptsNode != null && !conceptsNode.isNull()) {
                if (!conceptsNode.isObject()) {
                    throw new IllegalStateException("documentation vocabulary: 'concepts' must be a mapping");
                }
                concepts = new HashMap<>();
                for (Map.Entry<String, JsonNode> concept : conceptsNode.properties()) {
                    concepts.put(concept.getKey(), Entry.of(concept.getKey(), concept.getValue()));
                }
            }
            return new VocabularyFile(Scope.of(keys.get("scope")), concepts);
        }
    }

    private record Compiled(String absent, List<Pattern> patterns) {
    }

    private static final class Standard {
        static final Vocabulary INSTANCE = loadStandard();
    }

    private final Map<Concept, Compiled> concepts;
    private final Set<String> evaluationCodes;
    private final Set<String> supervisedModalityCodes;

    private Vocabulary(Map<Concept, Compiled> concepts, Set<String> evaluationCodes,
                       Set<String> supervisedModalityCodes) {
        this.concepts = concepts;
        this.evaluationCodes = evaluationCodes;
        this.supervisedModalityCodes = supervisedModalityCodes;
    }

    /** The vocabulary shipped with the engine. */
    static Vocabulary standard() {
        return Standard.INSTANCE;
    }

    private static Vocabulary loadStandard() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("documentation vocabulary " + RESOURCE + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read documentation vocabulary " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks a vocabulary file: every {@link Concept} must be there with at least one
     * pattern, no unknown concept may be, and every pattern must compile.
     *
     * @throws IllegalStateException naming the concept and pattern at fault
     */
    static Vocabulary load(InputStream in) throws IOException {
        VocabularyFile file = VocabularyFile.of(YamlTree.read(in));
        if (file == null || file.concepts() == null || file.scope() == null) {
            throw new IllegalStateException("documentation vocabulary: needs 'scope' and 'concepts'");
        }
        Map<Concept, Compiled> compiled = new EnumMap<>(Concept.class);
        Set<String> unknown = new HashSet<>(file.concepts().keySet());
        for (Concept concept : Concept.values()) {
            Entry entry = file.concepts().get(concept.key());
            unknown.remove(concept.key());
            if (entry == null || entry.patterns() == null || entry.patterns().isEmpty() || entry.absent() == null) {
                throw new IllegalStateException("documentation vocabulary: concept '" + concept.key()
                        + "' needs an 'absent' label and at least one pattern");
            }
            compiled.put(concept, new Compiled(entry.absent(), compile(concept, entry.patterns())));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("documentation vocabulary: unknown concepts " + unknown);
        }
        return new Vocabulary(compiled, codes(file.scope().evaluationCodes()),
                codes(file.scope().supervisedModalityCodes()));
    }

    /** A mapping's values by key (null when there is no mapping); a key other than {@code known} is an error. */
    private static Map<String, JsonNode> keys(JsonNode node, String where, String... known) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalStateException("documentation vocabulary: " + where + " must be a mapping");
        }
        Map<String, JsonNode> keys = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!List.of(known).contains(e.getKey())) {
                throw new IllegalStateException("documentation vocabulary: unknown key '" + e.getKey() + "' in " + where);
            }
            keys.put(e.getKey(), e.getValue());
        }
        return keys;
    }

    private static List<String> texts(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new IllegalStateException("documentation vocabulary: expected a list, got " + node);
        }
        List<String> texts = new ArrayList<>(node.size());
        node.forEach(element -> texts.add(text(element)));
        return texts;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode() || node.isBinary()) {
            throw new IllegalStateException("documentation vocabulary: expected text, got " + node);
        }
        return node.asText();
    }

    private static List<Pattern> compile(Concept concept, List<String> patterns) {
        List<Pattern> result = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            try {
                result.add(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("documentation vocabulary: concept '" + concept.key()
                        + "' has a bad pattern " + pattern + ": " + e.getDescription(), e);
            }
        }
        return List.copyOf(result);
    }

    private static Set<String> codes(List<String> codes) {
        return codes == null ? Set.of() : Set.copyOf(codes);
    }

    /**
     * Where the concept occurs in the text, in text order. Overlapping matches of several patterns
     * merge into one stretch, so evidence quotes "is independent with" rather than two fragments of it.
     */
    List<Match> matches(Concept concept, String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : concepts.get(concept).patterns()) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<Match> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] span : spans) {
            if (span[0] < end) {
                end = Math.max(end, span[1]);
                continue;
            }
            if (end >= 0) {
                merged.add(match(text, start, end));
            }
            start = span[0];
            end = span[1];
        }
        if (end >= 0) {
            merged.add(match(text, start, end));
        }
        return merged;
    }

    private static Match match(String text, int start, int end) {
        return new Match(start, end, text.substring(start, end).strip());
    }

    boolean mentions(Concept concept, String text) {
        for (Pattern pattern : concepts.get(concept).patterns()) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    boolean mentionsAny(List<Concept> anyOf, String text) {
        return anyOf.stream().anyMatch(c -> mentions(c, text));
    }

    /** Evidence lines quoting where the concept matched: {@code found: '3 sets of 10'}. */
    /** Evidence lines quoting each phrase of the concept found in the text, each once. */
    List<String> found(Concept concept, String text) {
        return matches(concept, text).stream().map(Vocabulary::found).distinct().toList();
    }

    static String found(Match match) {
        return "found: '" + match.text() + "'";
    }

    /** Evidence lines saying which concepts are missing, e.g. {@code no assist level (...)}. */
    List<String> absent(List<Concept> missing) {
        return missing.stream().map(c -> concepts.get(c).absent()).toList();
    }

    /** Evaluation codes: their notes document tests and the plan, not treatment, so no note rule applies. */
    boolean isEvaluation(String code) {
        return evaluationCodes.contains(code);
    }

    /** Supervised modalities: applied, not hands-on, so there is no skilled intervention to show. */
    boolean isSupervisedModality(String code) {
        return supervisedModalityCodes.contains(code);
    }
}
