package io.claimscrub.functions.check;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.FunctionConfig;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * CheckClaim: the REST API (API Gateway proxy integration). It needs no S3 client: its public
 * constructor for tests and the local stack is {@link #CheckClaimHandler(DynamoDbClient, FunctionConfig)}.
 */
public final class CheckClaimHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final DynamoDbClient dynamo;
    private final FunctionConfig config;

    /** Lambda's constructor: configuration and the DynamoDB client from the environment, once per container. */
    public CheckClaimHandler() {
        this(System.getenv());
    }

    private CheckClaimHandler(Map<String, String> env) {
        this(AwsClients.dynamoDb(env), FunctionConfig.fromEnvironment(env));
    }

    public CheckClaimHandler(DynamoDbClient dynamo, FunctionConfig config) {
        this.dynamo = Objects.requireNonNull(dynamo);
        this.config = Objects.requireNonNull(config);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        throw new UnsupportedOperationException("in progress");
    }
}
