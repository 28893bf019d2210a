package io.claimscrub.functions.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** openapi.yaml as plain maps. */
final class OpenApi {
    private OpenApi() {
    }

    static Map<String, Object> load() {
        try (Reader reader = Files.newBufferedReader(CfnTemplate.ROOT.resolve("openapi.yaml"))) {
            return CfnTemplate.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.yaml", e);
        }
    }
}
