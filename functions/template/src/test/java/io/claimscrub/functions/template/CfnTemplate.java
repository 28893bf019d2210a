package io.claimscrub.functions.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * template.yaml as plain maps and lists. CloudFormation's short tags become their long form, so
 * {@code !Ref X} reads as {@code {Ref: X}} and {@code !Sub 's'} as {@code {Fn::Sub: s}}.
 */
final class CfnTemplate {
    static final Path ROOT = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();

    private final Map<String, Object> root;

    private CfnTemplate(Map<String, Object> root) {
        this.root = root;
    }

    static CfnTemplate load() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("template.yaml"))) {
            return new CfnTemplate(map(new Yaml(new CfnConstructor()).load(reader)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read template.yaml under " + ROOT, e);
        }
    }

    Map<String, Object> root() {
        return root;
    }

    Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    Map<String, Object> resource(String name) {
        return map(resources().get(name));
    }

    Map<String, Object> properties(String resource) {
        return map(resource(resource).get("Properties"));
    }

    /** Logical ids of the resources of a type, in template order. */
    List<String> ofType(String type) {
        return resources().entrySet().stream().filter(e -> type.equals(map(e.getValue()).get("Type"))).map(Map.Entry::getKey).toList();
    }

    Map<String, Object> globals() {
        return map(map(root.get("Globals")).get("Function"));
    }

    /** A function's environment: the globals overlaid with its own. */
    Map<String, Object> environment(String function) {
        Map<String, Object> env = new LinkedHashMap<>(map(map(globals().get("Environment")).get("Variables")));
        Object own = properties(function).get("Environment");
        if (own != null) {
            env.putAll(map(map(own).get("Variables")));
        }
        return env;
    }

    /** A function's events of one type (S3, Api), by name. */
    Map<String, Map<String, Object>> events(String function, String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Object events = properties(function).get("Events");
        if (events != null) {
            map(events).forEach((name, event) -> {
                if (type.equals(map(event).get("Type"))) {
                    out.put(name, map(map(event).get("Properties")));
                }
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping, got " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value instanceof List) {
            return (List<Object>) value;
        }
        return value == null ? List.of() : List.of(value);
    }

    private static final class CfnConstructor extends SafeConstructor {
        CfnConstructor() {
            super(new LoaderOptions());
            for (String fn : List.of("Sub", "GetAtt", "If", "Not", "Equals", "And", "Or", "Join", "Select", "Split",
                    "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition", "Transform")) {
                yamlConstructors.put(new Tag("!" + fn), new Intrinsic(fn.equals("Condition") ? "Condition" : "Fn::" + fn));
            }
            yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String name;

            Intrinsic(String name) {
                this.name = name;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    value = constructScalar(scalar);
                    if (name.equals("Fn::GetAtt")) {
                        value = List.of(((String) value).split("\\.", 2));
                    }
                } else if (node instanceof SequenceNode sequence) {
                    value = constructSequence(sequence);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                return Map.of(name, value);
            }
        }
    }
}
