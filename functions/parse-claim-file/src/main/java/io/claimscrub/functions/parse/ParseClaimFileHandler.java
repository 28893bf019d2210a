package io.claimscrub.functions.parse;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.BatchingSink;
import io.claimscrub.functions.common.BatchRef;
import io.claimscrub.functions.common.FileId;
import io.claimscrub.functions.common.FileRecords;
import io.claimscrub.functions.common.FileStatus;
import io.claimscrub.functions.common.FunctionConfig;
import io.claimscrub.functions.common.Log;
import io.claimscrub.functions.common.SnapStartPriming;
import io.claimscrub.functions.common.WorkBatches;
import io.claimscrub.x12.ReadSummary;
import io.claimscrub.x12.X12ClaimReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * ParseClaimFile: S3 ObjectCreated under the inbound prefix → claim batches under the work prefix.
 *
 * <p>Streams the object through the 837 reader (never whole in memory) and writes the claims in
 * numbered batches of JSON lines; each batch written triggers ScrubClaims. The file record says
 * PARSING while it runs and PARSED (with the claim count) at the end; a file with nothing readable
 * in it is copied under the rejected prefix with its reasons and its record says REJECTED.
 *
 * <p>Idempotent: the file id comes from bucket, key and ETag, so a second delivery of the same object
 * finds its record and stops; a retry after a crash (record still PARSING) parses again and writes the
 * very same batches, which ScrubClaims counts once each.
 */
public final class ParseClaimFileHandler implements RequestHandler<S3Event, Void>, Resource {
    private final S3Client s3;
    private final FunctionConfig config;
    private final FileRecords files;
    private final WorkBatches batches;
    private final RejectedFiles rejected;

    /**
     * Lambda's constructor: configuration and SDK clients from the environment, once per container,
     * and the SnapStart hook that primes it ({@link #beforeCheckpoint}).
     */
    public ParseClaimFileHandler() {
        this(System.getenv());
        // The runtime holds the handler, so the weak reference a CRaC context keeps stays valid.
        Core.getGlobalContext().register(this);
    }

    private ParseClaimFileHandler(Map<String, String> env) {
        this(AwsClients.s3(env), AwsClients.dynamoDb(env), FunctionConfig.fromEnvironment(env));
    }

    /** For tests and the local stack: the caller's clients and configuration. */
    public ParseClaimFileHandler(S3Client s3, DynamoDbClient dynamo, FunctionConfig config) {
        this.s3 = s3;
        this.config = config;
        this.files = new FileRecords(dynamo, config);
        this.batches = new WorkBatches(s3, config);
        this.rejected = new RejectedFiles(s3, config);
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        Log log = Log.of(context);
        for (S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            String key = record.getS3().getObject().getUrlDecodedKey();
            if (!config.bucketName().equals(bucket) || !key.startsWith(config.inboundPrefix())) {
                // Only a misrouted event gets here; the template's filter never sends one.
                log.info("parse.ignored", "reason", "not under the inbound prefix of the configured bucket");
                continue;
            }
            if (key.endsWith("/") && Long.valueOf(0).equals(record.getS3().getObject().getSizeAsLong())) {
                // The S3 console's "Create folder" (an empty object named like a folder) is no file to
                // reject: it had become a REJECTED "file is empty" record (and, where no ETag came with it,
                // a DynamoDB error on every retry and an event on the failure list).
                log.info("parse.ignored", "reason", "a folder marker, not a file");
                continue;
            }
            parse(bucket, key, FileId.unquote(record.getS3().getObject().geteTag()), log);
        }
        return null;
    }

    private void parse(String bucket, String key, String eventEtag, Log log) {
        long started = System.nanoTime();
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            log.info("parse.skipped", "reason", "object no longer exists");
            return;
        }
        try (in) {
            String etag = FileId.unquote(in.response().eTag());
            if (eventEtag != null && !eventEtag.isEmpty() && !eventEtag.equals(etag)) {
                // Overwritten since the event: the newer object has its own event and its own file id.
                in.abort();
                log.info("parse.skipped", "reason", "object replaced since the event");
                return;
            }
            String fileId = FileId.of(bucket, key, etag);
            FileRecords.Begin begin = files.begin(fileId, bucket, key, etag);
            if (begin.start() == FileRecords.Start.DUPLICATE) {
                in.abort();
                // A crash between PARSED and the completion check would leave it PARSED: finish that here.
                boolean completed = begin.file().status() == FileStatus.PARSED && files.completeIfDone(begin.file());
                log.info("parse.duplicate", "fileId", fileId, "status", completed ? FileStatus.COMPLETE : begin.file().status());
                return;
            }
            BatchingSink sink = new BatchingSink(config.batchSize(),
                    (batch, lines, entries) -> batches.write(new BatchRef(fileId, batch), lines));
            ReadSummary summary = new X12ClaimReader().read(in, sink);
            BatchingSink.Outcome outcome = sink.finish();
            if (outcome.unreadable()) {
                List<Finding> reasons = outcome.unreadableReasons().isEmpty()
                        ? List.of(RuleId.X12_SYNTAX.onClaim("the file holds no 837 claim", "check that the file is an X12 837P claim file"))
                        : outcome.unreadableReasons();
                String rejectedKey = rejected.reject(key, fileId, etag, reasons);
                files.markRejected(fileId, reasons, rejectedKey);
                log.info("parse.rejected", "fileId", fileId, "reasons", reasons.size(), "bytes", summary.bytes(),
                        "ms", elapsedMillis(started));
                return;
            }
            boolean completed = files.markParsed(fileId, Math.toIntExact(outcome.entries()), outcome.batches())
                    .map(files::completeIfDone).orElse(false);
            log.info("parse.done", "fileId", fileId, "resumed", begin.start() == FileRecords.Start.RESUME,
                    "claims", summary.claims(), "rejections", summary.rejections(), "entries", outcome.entries(),
                    "batches", outcome.batches(), "bytes", summary.bytes(), "complete", completed,
                    "ms", elapsedMillis(started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * SnapStart calls this once, before it snapshots the initialised container: the sample 837 goes
     * through the reader and this function's own batching, its batches dropped instead of written, so
     * a restored container's first file finds that code loaded and compiled. Nothing touches S3 or
     * DynamoDB before the snapshot.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        byte[] sample = SnapStartPriming.sample("sample-837p.edi");
        SnapStartPriming.prime("ParseClaimFile", () -> {
            BatchingSink sink = new BatchingSink(config.batchSize(), (batch, lines, entries) -> { });
            new X12ClaimReader().read(new ByteArrayInputStream(sample), sink);
            sink.finish();
        });
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew: the SDK clients open their connections on use.
    }
}
