package io.claimscrub.functions.scrub;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.FunctionConfig;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** ScrubClaims: S3 ObjectCreated under the work prefix → one result item per claim and the file's totals. */
public final class ScrubClaimsHandler implements RequestHandler<S3Event, Void> {
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final FunctionConfig config;

    /** Lambda's constructor: configuration and SDK clients from the environment, once per container. */
    public ScrubClaimsHandler() {
        this(System.getenv());
    }

    private ScrubClaimsHandler(Map<String, String> env) {
        this(AwsClients.s3(env), AwsClients.dynamoDb(env), FunctionConfig.fromEnvironment(env));
    }

    /** For tests and the local stack: the caller's clients and configuration. */
    public ScrubClaimsHandler(S3Client s3, DynamoDbClient dynamo, FunctionConfig config) {
        this.s3 = Objects.requireNonNull(s3);
        this.dynamo = Objects.requireNonNull(dynamo);
        this.config = Objects.requireNonNull(config);
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        throw new UnsupportedOperationException("in progress");
    }
}
