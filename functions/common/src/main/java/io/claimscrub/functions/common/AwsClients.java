package io.claimscrub.functions.common;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients from environment variables, once per container.
 *
 * <ul>
 *   <li>{@code AWS_REGION} (Lambda sets it; else {@code AWS_DEFAULT_REGION}, else us-east-1).</li>
 *   <li>{@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL_DYNAMODB}, else {@code AWS_ENDPOINT_URL}: the
 *       SDK's own names for endpoint overrides. The SDK (2.57) honours them by itself too; they are read
 *       here explicitly so that the choice is visible, testable and works from a map as well.</li>
 *   <li>{@code S3_FORCE_PATH_STYLE=true}: path-style S3 addressing, which S3Proxy and LocalStack need.</li>
 * </ul>
 *
 * <p>The HTTP client is the JDK's URL connection (the lightest: no Netty, no Apache), named explicitly
 * so the SDK does not scan the class path for one at cold start. Against an endpoint override the
 * clients compute checksums only where S3 requires them: stand-ins do not all understand the newer
 * trailing-checksum uploads. Credentials come from the default chain (environment variables first).
 */
public final class AwsClients {
    public static final String AWS_REGION = "AWS_REGION";
    public static final String AWS_DEFAULT_REGION = "AWS_DEFAULT_REGION";
    public static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    public static final String AWS_ENDPOINT_URL_S3 = "AWS_ENDPOINT_URL_S3";
    public static final String AWS_ENDPOINT_URL_DYNAMODB = "AWS_ENDPOINT_URL_DYNAMODB";
    public static final String S3_FORCE_PATH_STYLE = "S3_FORCE_PATH_STYLE";

    private AwsClients() {
    }

    public static S3Client s3(Map<String, String> env) {
        var builder = S3Client.builder()
                .region(region(env))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(Boolean.parseBoolean(env.getOrDefault(S3_FORCE_PATH_STYLE, "false").trim()));
        Optional<URI> endpoint = endpoint(env, AWS_ENDPOINT_URL_S3);
        endpoint.ifPresent(uri -> builder.endpointOverride(uri)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        return builder.build();
    }

    public static DynamoDbClient dynamoDb(Map<String, String> env) {
        var builder = DynamoDbClient.builder()
                .region(region(env))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint(env, AWS_ENDPOINT_URL_DYNAMODB).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static Region region(Map<String, String> env) {
        String name = firstSet(env, AWS_REGION, AWS_DEFAULT_REGION);
        return Region.of(name == null ? "us-east-1" : name);
    }

    /** The service's own override, else the global one. */
    static Optional<URI> endpoint(Map<String, String> env, String serviceVariable) {
        String value = firstSet(env, serviceVariable, AWS_ENDPOINT_URL);
        if (value == null) {
            return Optional.empty();
        }
        URI uri = URI.create(value);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an absolute URL like http://127.0.0.1:4566");
        }
        return Optional.of(uri);
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
