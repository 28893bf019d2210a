package io.claimscrub.local;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SDK clients for the local servers: any credentials do (the servers check none), path-style S3
 * addressing (no bucket subdomains on 127.0.0.1), and an explicit HTTP client because S3Proxy brings
 * others onto the classpath.
 */
public final class LocalClients {
    public static final Region REGION = Region.US_EAST_1;
    private static final StaticCredentialsProvider ANY = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("local", "local"));

    private LocalClients() {
    }

    public static S3Client s3(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(REGION)
                .credentialsProvider(ANY)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static DynamoDbClient dynamo(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(ANY)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
