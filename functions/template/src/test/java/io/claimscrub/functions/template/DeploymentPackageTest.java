package io.claimscrub.functions.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The jars template.yaml deploys, as built by {@code mvn package}: they exist, hold their handler,
 * stay small, carry no unused HTTP client, and run on their own (each loaded in a class loader that
 * sees nothing but the jar and the JDK, as Lambda's runtime would). Runs in the package phase.
 */
class DeploymentPackageTest {
    private static final long LAMBDA_ZIP_LIMIT = 50L * 1024 * 1024;

    private final CfnTemplate template = CfnTemplate.load();

    @Test
    void everyCodeUriIsABuiltJarHoldingItsHandler() throws IOException {
        for (String function : template.ofType("AWS::Serverless::Function")) {
            Path jar = jar(function);
            assertTrue(Files.isRegularFile(jar), function + ": " + jar + " exists after mvn package");
            long size = Files.size(jar);
            assertTrue(size < LAMBDA_ZIP_LIMIT, function + " is " + size + " bytes, above Lambda's direct upload limit");
            System.out.printf("%s: %s, %.1f MB%n", function, CfnTemplate.ROOT.relativize(jar), size / 1024.0 / 1024.0);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                assertNotNull(zip.getEntry(handlerClass(function).replace('.', '/') + ".class"));
                assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("io/netty/")), "no Netty");
                assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("org/apache/hc/")
                        || e.getName().startsWith("org/apache/http/")), "no Apache HTTP client");
                if (function.equals("CheckClaimFunction")) {
                    assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("software/amazon/awssdk/services/s3/")),
                            "CheckClaim never touches S3 and ships without it");
                }
            }
        }
    }

    @Test
    void eachJarConstructsItsHandlerOnItsOwn() throws Exception {
        for (String function : template.ofType("AWS::Serverless::Function")) {
            try (URLClassLoader loader = isolated(function)) {
                Object handler = loader.loadClass(handlerClass(function)).getConstructor().newInstance();
                assertNotNull(handler, function);
            }
        }
    }

    @Test
    void theCheckJarAnswersACheckAndAnErrorOnItsOwn() throws Exception {
        try (URLClassLoader loader = isolated("CheckClaimFunction")) {
            Object handler = loader.loadClass(handlerClass("CheckClaimFunction")).getConstructor().newInstance();
            String claim = "{\"claimId\":\"PCN-1\",\"lines\":[{\"code\":\"97110\",\"modifiers\":[\"GP\"],\"units\":1,\"minutes\":15}]}";
            Map<String, Object> ok = invoke(loader, handler, "POST", claim);
            assertEquals(200, ok.get("status"), String.valueOf(ok.get("body")));
            assertTrue(ok.get("body").toString().contains("\"claimId\":\"PCN-1\""));
            Map<String, Object> bad = invoke(loader, handler, "POST", "{not json");
            assertEquals(400, bad.get("status"));
        }
    }

    @Test
    void eachJarPrimesItselfForSnapStartOnItsOwn() throws Exception {
        for (String function : template.ofType("AWS::Serverless::Function")) {
            try (URLClassLoader loader = isolated(function)) {
                Object handler = loader.loadClass(handlerClass(function)).getConstructor().newInstance();
                Class<?> resource = loader.loadClass("org.crac.Resource");
                assertTrue(resource.isInstance(handler), function + "'s handler is a SnapStart runtime hook");
                // Fails if the jar lacks a sample, or (CheckClaim) answers one with anything but 200.
                resource.getMethod("beforeCheckpoint", loader.loadClass("org.crac.Context")).invoke(handler, (Object) null);
            }
        }
    }

    /** Calls handleRequest through the jar's own event classes (the test's are another loader's). */
    private static Map<String, Object> invoke(ClassLoader loader, Object handler, String method, String body) throws Exception {
        Class<?> eventType = loader.loadClass("com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent");
        Object event = eventType.getConstructor().newInstance();
        eventType.getMethod("setHttpMethod", String.class).invoke(event, method);
        eventType.getMethod("setPath", String.class).invoke(event, "/v1/claims/check");
        eventType.getMethod("setHeaders", Map.class).invoke(event, Map.of("Content-Type", "application/json"));
        eventType.getMethod("setBody", String.class).invoke(event, body);
        Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Method handle = handler.getClass().getMethod("handleRequest", eventType, contextType);
        Object response = handle.invoke(handler, event, null);
        return Map.of("status", response.getClass().getMethod("getStatusCode").invoke(response),
                "body", response.getClass().getMethod("getBody").invoke(response));
    }

    private URLClassLoader isolated(String function) throws IOException {
        return new URLClassLoader(new URL[] {jar(function).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private Path jar(String function) {
        return CfnTemplate.ROOT.resolve((String) template.properties(function).get("CodeUri"));
    }

    private String handlerClass(String function) {
        String handler = (String) template.properties(function).get("Handler");
        return handler.substring(0, handler.indexOf("::"));
    }
}
