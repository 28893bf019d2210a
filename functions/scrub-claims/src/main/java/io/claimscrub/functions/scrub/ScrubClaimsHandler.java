package io.claimscrub.functions.scrub;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.RuleId;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.BatchCounts;
import io.claimscrub.functions.common.BatchRef;
import io.claimscrub.functions.common.ClaimResults;
import io.claimscrub.functions.common.Engines;
import io.claimscrub.functions.common.FileId;
import io.claimscrub.functions.common.FileRecords;
import io.claimscrub.functions.common.FileSummary;
import io.claimscrub.functions.common.FunctionConfig;
import io.claimscrub.functions.common.Log;
import io.claimscrub.functions.common.SnapStartPriming;
import io.claimscrub.functions.common.WorkBatchCodec;
import io.claimscrub.functions.common.WorkBatches;
import io.claimscrub.functions.common.WorkEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * ScrubClaims: S3 ObjectCreated under the work prefix → one result item per claim and the file's totals.
 *
 * <p>Order matters for crash safety: the claim items go first (idempotent puts on deterministic
 * keys), then one conditional update adds the batch's counts only if the batch id is not yet in the
 * file's set. A crash between the two is retried: the puts repeat harmlessly and the counts land
 * once. A re-delivered batch already in the set is skipped without scrubbing.
 */
public final class ScrubClaimsHandler implements RequestHandler<S3Event, Void>, Resource {
    private final FunctionConfig config;
    private final FileRecords files;
    private final ClaimResults results;
    private final WorkBatches batches;
    private final ScrubEngine engine;

    /**
     * Lambda's constructor: configuration, SDK clients and the engine, once per container, and the
     * SnapStart hook that primes it ({@link #beforeCheckpoint}).
     */
    public ScrubClaimsHandler() {
        this(System.getenv());
        // The runtime holds the handler, so the weak reference a CRaC context keeps stays valid.
        Core.getGlobalContext().register(this);
    }

    private ScrubClaimsHandler(Map<String, String> env) {
        this(AwsClients.s3(env), AwsClients.dynamoDb(env), FunctionConfig.fromEnvironment(env));
    }

    /** For tests and the local stack: the caller's clients and configuration. */
    public ScrubClaimsHandler(S3Client s3, DynamoDbClient dynamo, FunctionConfig config) {
        this.config = config;
        this.files = new FileRecords(dynamo, config);
        this.results = new ClaimResults(dynamo, config);
        this.batches = new WorkBatches(s3, config);
        this.engine = Engines.create(config);
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        Log log = Log.of(context);
        for (S3EventNotificationRecord record : event.getRecords()) {
            String key = record.getS3().getObject().getUrlDecodedKey();
            Optional<BatchRef> ref = config.bucketName().equals(record.getS3().getBucket().getName())
                    ? batches.parse(key) : Optional.empty();
            if (ref.isEmpty()) {
                log.info("scrub.ignored", "reason", "not a work batch of the configured bucket");
                continue;
            }
            scrub(ref.get(), log);
        }
        return null;
    }

    private void scrub(BatchRef ref, Log log) {
        long started = System.nanoTime();
        Optional<FileSummary> file = files.get(ref.fileId());
        if (file.isEmpty()) {
            log.info("scrub.skipped", "fileId", ref.fileId(), "batch", ref.batch(), "reason", "no file record");
            return;
        }
        if (file.get().scrubbedBatches().contains(ref.batch())) {
            boolean completed = files.completeIfDone(file.get());
            log.info("scrub.duplicate", "fileId", ref.fileId(), "batch", ref.batch(), "complete", completed);
            return;
        }
        Instant now = Instant.now();
        BatchCounts counts = new BatchCounts();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        try (InputStream in = batches.open(ref)) {
            WorkBatchCodec.read(in, entry -> items.add(scrubbed(ref, entry, now, counts)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        results.putAll(items);
        Optional<FileSummary> after = files.recordBatch(ref, counts);
        // Counted before (a crash after the update, or a concurrent duplicate): still make sure of COMPLETE.
        boolean completed = after.or(() -> files.get(ref.fileId())).map(files::completeIfDone).orElse(false);
        log.info("scrub.done", "fileId", ref.fileId(), "batch", ref.batch(), "claims", counts.total(),
                "rejections", counts.rejected(), "counted", after.isPresent(), "complete", completed,
                "ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** One work entry's result item, its result counted. */
    Map<String, AttributeValue> scrubbed(BatchRef ref, WorkEntry entry, Instant now, BatchCounts counts) {
        ClaimResult result;
        Map<String, AttributeValue> item;
        if (entry instanceof WorkEntry.ClaimEntry c) {
            result = engine.scrub(c.claim(), c.readFindings());
            item = results.item(ref, c.seq(), c.claim(), result, now);
        } else {
            WorkEntry.RejectionEntry r = (WorkEntry.RejectionEntry) entry;
            result = engine.reject(r.claimId(), r.findings());
            item = results.item(ref, r.seq(), null, result, now);
        }
        if (!ClaimResults.fits(item)) {
            // Stored as a rejection saying why: the item as it was could never be written, and its
            // failing write had held up the whole batch (the file stayed PARSED, the event ended on
            // the failure list).
            String claimId = result.claimId() != null && ClaimResults.indexable(result.claimId()) ? result.claimId() : null;
            result = engine.reject(claimId, List.of(RuleId.X12_SYNTAX.onClaim("the claim cannot be stored: a value "
                    + "in it (its CLM01, a procedure code, the payer id) is far longer than the 837P allows, and its "
                    + "result would pass DynamoDB's 400 KB item limit",
                    "Correct the runaway value (837P elements are at most 80 characters) and send the claim again.")));
            item = results.item(ref, entry.seq(), null, result, now);
        }
        counts.add(result);
        return item;
    }

    /**
     * SnapStart calls this once, before it snapshots the initialised container: a sample work batch
     * (the 25 claims of events/sample-837p.edi) is read, scrubbed and turned into result items, and
     * the items are dropped, so a restored container's first batch finds that code loaded and
     * compiled. Nothing is read from S3 or written to DynamoDB: no connection exists before the snapshot.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        byte[] batch = SnapStartPriming.sampleWorkBatch();
        BatchRef ref = new BatchRef(FileId.of("snapstart-priming", "sample-837p.edi", "sample"), 1);
        Instant now = Instant.now();
        SnapStartPriming.prime("ScrubClaims", () -> {
            BatchCounts counts = new BatchCounts();
            WorkBatchCodec.read(new ByteArrayInputStream(batch), entry -> scrubbed(ref, entry, now, counts));
        });
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew: the engine holds no connection, and the SDK clients open theirs on use.
    }
}
