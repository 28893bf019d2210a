package io.claimscrub.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.functions.common.FunctionConfig;
import io.claimscrub.local.api.ApiRoute;
import io.claimscrub.local.api.ProxyEvents;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The local stack offers what template.yaml declares: the same environment variables and API routes. */
class TemplateParityTest {
    private static final Path TEMPLATE = Path.of("..", "template.yaml");

    @Test
    void everyVariableTheFunctionsReadIsSetAsInLambda() throws IOException {
        Map<String, String> env = LambdaEnvironment.of("b", "t", URI.create("http://127.0.0.1:1"),
                URI.create("http://127.0.0.1:2"), Map.of());
        assertTrue(env.keySet().containsAll(FunctionConfig.VARIABLES), env.keySet().toString());
        String template = Files.readString(TEMPLATE);
        for (String prefix : new String[] {FunctionConfig.INBOUND_PREFIX, FunctionConfig.WORK_PREFIX,
                FunctionConfig.REJECTED_PREFIX, FunctionConfig.BATCH_SIZE}) {
            Matcher set = Pattern.compile("\\b" + prefix + ": '?([^'\\s]+)'?").matcher(template);
            assertTrue(set.find(), prefix + " in template.yaml");
            assertEquals(set.group(1), env.get(prefix), prefix);
        }
        // Configuration accepts it, as the functions will.
        FunctionConfig.fromEnvironment(env);
    }

    @Test
    void theLocalApiServesExactlyTheTemplatesRoutes() throws IOException {
        Matcher events = Pattern.compile("Path: (\\S+)\\s+Method: (\\w+)").matcher(Files.readString(TEMPLATE));
        Set<ApiRoute> declared = new HashSet<>();
        while (events.find()) {
            declared.add(new ApiRoute(events.group(2).toUpperCase(Locale.ROOT), events.group(1)));
        }
        assertEquals(declared, Set.copyOf(LocalPipeline.ROUTES));
    }

    @Test
    void theLocalApiEncodesTheTemplatesBinaryMediaTypes() throws IOException {
        Matcher list = Pattern.compile("BinaryMediaTypes:\\s*((?:\\s*- \\S+)+)").matcher(Files.readString(TEMPLATE));
        assertTrue(list.find(), "ClaimsApi BinaryMediaTypes in template.yaml");
        Set<String> declared = new HashSet<>();
        for (String item : list.group(1).trim().split("\\s*-\\s+")) {
            if (!item.isBlank()) {
                declared.add(item.strip().replace("~1", "/"));
            }
        }
        assertEquals(declared, ProxyEvents.BINARY_MEDIA_TYPES);
    }
}
