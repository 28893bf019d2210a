package io.claimscrub.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.claimscrub.functions.check.CheckClaimHandler;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.ClaimTable;
import io.claimscrub.functions.common.FunctionConfig;
import io.claimscrub.functions.parse.ParseClaimFileHandler;
import io.claimscrub.functions.scrub.ScrubClaimsHandler;
import io.claimscrub.local.api.ApiRoute;
import io.claimscrub.local.api.LocalApiServer;
import io.claimscrub.local.dynamo.Dynalite;
import io.claimscrub.local.dynamo.DynaliteInstall;
import io.claimscrub.local.lambda.S3EventDispatcher;
import io.claimscrub.local.s3.LocalS3;
import io.claimscrub.local.s3.ObjectCreated;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * The whole pipeline on this machine, without AWS or Docker: dynalite, S3Proxy with S3 event
 * delivery to ParseClaimFile (inbound prefix) and ScrubClaims (work prefix), and the API in front of
 * CheckClaim. The functions get the environment they get in Lambda and build their own clients from
 * it; the bucket and the table are created as the template declares them. Used by {@code serve}, the
 * integration tests and the benchmark.
 */
public final class LocalPipeline implements AutoCloseable {
    public static final String PARSE_FUNCTION = "ParseClaimFile";
    public static final String SCRUB_FUNCTION = "ScrubClaims";
    public static final String CHECK_FUNCTION = "CheckClaim";

    /** The API's routes; template.yaml declares the same events on CheckClaim. */
    public static final List<ApiRoute> ROUTES = List.of(
            new ApiRoute("POST", "/v1/claims/check"),
            new ApiRoute("GET", "/v1/files"),
            new ApiRoute("GET", "/v1/files/{fileId}"),
            new ApiRoute("GET", "/v1/claims/{claimId}"));

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);
    /** The functions' timeouts in the template are minutes; locally an invocation may take as long. */
    private static final Duration FUNCTION_TIMEOUT = Duration.ofMinutes(15);

    /** Makes an S3-triggered function from the clients and configuration it would build in Lambda. */
    @FunctionalInterface
    public interface S3Function {
        RequestHandler<S3Event, ?> create(S3Client s3, DynamoDbClient dynamo, FunctionConfig config);
    }

    /** Makes the API function. */
    @FunctionalInterface
    public interface ApiFunction {
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> create(S3Client s3,
                DynamoDbClient dynamo, FunctionConfig config);
    }

    /** Which handler classes run; tests swap one to inject a crash. */
    public record Functions(S3Function parse, S3Function scrub, ApiFunction check) {
        public static Functions standard() {
            return new Functions(ParseClaimFileHandler::new, ScrubClaimsHandler::new,
                    (s3, dynamo, config) -> new CheckClaimHandler(dynamo, config));
        }

        public Functions withParse(S3Function replacement) {
            return new Functions(replacement, scrub, check);
        }

        public Functions withScrub(S3Function replacement) {
            return new Functions(parse, replacement, check);
        }
    }

    private final Duration drain;
    private final Dynalite dynalite;
    private final LocalS3 s3Server;
    private final LocalApiServer api;
    private final S3EventDispatcher dispatcher;
    private final Map<String, String> environment;
    private final FunctionConfig config;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private boolean closed;

    private LocalPipeline(Duration drain, Dynalite dynalite, LocalS3 s3Server, LocalApiServer api,
                          S3EventDispatcher dispatcher, Map<String, String> environment, FunctionConfig config,
                          S3Client s3, DynamoDbClient dynamo) {
        this.drain = drain;
        this.dynalite = dynalite;
        this.s3Server = s3Server;
        this.api = api;
        this.dispatcher = dispatcher;
        this.environment = environment;
        this.config = config;
        this.s3 = s3;
        this.dynamo = dynamo;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options; the defaults suit tests: everything in memory, any free ports, quick retries. */
    public static final class Builder {
        private Path dataDir;
        private int apiPort;
        private int s3Port;
        private int dynamoPort;
        private String bucket = "claimscrub-local";
        private String table = "claimscrub-results";
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private int concurrency = 4;
        private List<Duration> retryDelays = List.of(Duration.ofMillis(100), Duration.ofMillis(200));
        private PrintStream functionLog = System.err;
        private Functions functions = Functions.standard();
        private Duration drain = Duration.ofSeconds(30);

        /** Keep objects (and tables) under this folder across restarts; null keeps everything in memory. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** Ports; 0 means any free one. */
        public Builder ports(int api, int s3, int dynamo) {
            this.apiPort = api;
            this.s3Port = s3;
            this.dynamoPort = dynamo;
            return this;
        }

        public Builder bucket(String name) {
            this.bucket = Objects.requireNonNull(name);
            return this;
        }

        public Builder table(String name) {
            this.table = Objects.requireNonNull(name);
            return this;
        }

        /** Sets one of the functions' environment variables (e.g. BATCH_SIZE). */
        public Builder env(String name, String value) {
            overrides.put(name, value);
            return this;
        }

        /** How many function invocations may run at once. */
        public Builder concurrency(int invocations) {
            this.concurrency = invocations;
            return this;
        }

        /** The waits before the two retries of a failed S3-triggered invocation. */
        public Builder retryDelays(Duration first, Duration second) {
            this.retryDelays = List.of(first, second);
            return this;
        }

        /** Where the functions' Lambda logger writes (stderr by default). */
        public Builder functionLog(PrintStream log) {
            this.functionLog = Objects.requireNonNull(log);
            return this;
        }

        /** How long {@link #close()} waits for running invocations. */
        public Builder drain(Duration timeout) {
            this.drain = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder functions(Functions replacement) {
            this.functions = Objects.requireNonNull(replacement);
            return this;
        }

        public LocalPipeline start() throws Exception {
            return LocalPipeline.start(this);
        }
    }

    private static LocalPipeline start(Builder options) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Dynalite dynalite = Dynalite.start(DynaliteInstall.locate(), options.dynamoPort,
                    options.dataDir == null ? null : options.dataDir.resolve("dynamodb"));
            started.add(dynalite);
            S3EventDispatcher dispatcher = new S3EventDispatcher(options.concurrency, options.retryDelays,
                    options.functionLog);
            started.add(dispatcher);
            LocalS3 s3Server = LocalS3.start(options.s3Port,
                    options.dataDir == null ? null : options.dataDir.resolve("s3"), dispatcher);
            started.add(s3Server);

            Map<String, String> env = LambdaEnvironment.of(options.bucket, options.table, s3Server.endpoint(),
                    dynalite.endpoint(), options.overrides);
            FunctionConfig config = FunctionConfig.fromEnvironment(env);
            AnyCredentials.install();
            S3Client s3 = AwsClients.s3(env);
            started.add(s3);
            DynamoDbClient dynamo = AwsClients.dynamoDb(env);
            started.add(dynamo);
            createBucket(s3, config.bucketName());
            createTable(dynamo, config.tableName());

            Functions functions = options.functions;
            dispatcher.route(new S3EventDispatcher.Route(PARSE_FUNCTION, config.bucketName(), config.inboundPrefix(),
                    functions.parse().create(s3, dynamo, config), FUNCTION_TIMEOUT));
            dispatcher.route(new S3EventDispatcher.Route(SCRUB_FUNCTION, config.bucketName(), config.workPrefix(),
                    functions.scrub().create(s3, dynamo, config), FUNCTION_TIMEOUT));
            LocalApiServer api = LocalApiServer.start(options.apiPort, ROUTES, CHECK_FUNCTION,
                    functions.check().create(s3, dynamo, config), options.functionLog);
            started.add(api);
            return new LocalPipeline(options.drain, dynalite, s3Server, api, dispatcher, env, config, s3, dynamo);
        } catch (Exception | Error e) {
            Collections.reverse(started);
            closeAll(started);
            throw e;
        }
    }

    private static void createBucket(S3Client s3, String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
            LOG.info("created bucket {}", bucket);
        }
    }

    /** Creates the table as ClaimTable declares it. dynalite has no UpdateTimeToLive: items never expire. */
    private static void createTable(DynamoDbClient dynamo, String table) {
        try {
            dynamo.describeTable(b -> b.tableName(table));
        } catch (ResourceNotFoundException e) {
            dynamo.createTable(ClaimTable.createTableRequest(table));
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
            LOG.info("created table {}", table);
        }
    }

    public URI apiEndpoint() {
        return api.endpoint();
    }

    public URI s3Endpoint() {
        return s3Server.endpoint();
    }

    public URI dynamoEndpoint() {
        return dynalite.endpoint();
    }

    /** The functions' environment variables, as Lambda would set them. */
    public Map<String, String> environment() {
        return environment;
    }

    public FunctionConfig config() {
        return config;
    }

    /** An S3 client for the local server (the one the functions use; do not close it). */
    public S3Client s3() {
        return s3;
    }

    /** A DynamoDB client for dynalite (the one the functions use; do not close it). */
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public S3EventDispatcher dispatcher() {
        return dispatcher;
    }

    /** Delivers the object's creation event again, as S3's at-least-once delivery sometimes does. */
    public void redeliver(String key) {
        HeadObjectResponse head = s3.headObject(b -> b.bucket(config.bucketName()).key(key));
        dispatcher.accept(new ObjectCreated(config.bucketName(), key, head.contentLength(), head.eTag(),
                "ObjectCreated:Put", System.nanoTime()));
    }

    /** Waits until every delivery (and every delivery it causes) is done, retries included. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return dispatcher.awaitIdle(timeout);
    }

    /**
     * Stops the API, lets running and retrying invocations finish (for up to the drain time: an event
     * dropped here would not be delivered again), then stops the servers. Safe to call twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        api.close();
        try {
            if (!dispatcher.awaitIdle(drain)) {
                LOG.warn("stopping with invocations still running after {} s", drain.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll(List.of(dispatcher, s3Server, s3, dynamo, dynalite));
    }

    /** Closes in the order given, carrying on past failures. */
    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}: {}", resource.getClass().getSimpleName(), e.getClass().getName());
            }
        }
    }
}
