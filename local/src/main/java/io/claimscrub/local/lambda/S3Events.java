package io.claimscrub.local.lambda;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import io.claimscrub.local.s3.ObjectCreated;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds the {@link S3Event} that S3 would send to Lambda for an object creation. */
public final class S3Events {
    static final String REGION = "us-east-1";

    private S3Events() {
    }

    /** One record per event, as S3 sends them; the key URL-encoded the way S3 encodes it. */
    public static S3Event of(ObjectCreated created, String configurationId) {
        UserIdentityEntity principal = new UserIdentityEntity("LOCAL");
        S3ObjectEntity object = new S3ObjectEntity(encodeKey(created.key()), created.size(),
                stripQuotes(created.eTag()), null, String.format(Locale.ROOT, "%016X", created.sequencer()));
        S3Entity s3 = new S3Entity(configurationId,
                new S3BucketEntity(created.bucket(), principal, "arn:aws:s3:::" + created.bucket()),
                object, "1.0");
        S3EventNotificationRecord record = new S3EventNotificationRecord(REGION, created.eventName(),
                "aws:s3", Instant.now().toString(), "2.1", new RequestParametersEntity("127.0.0.1"),
                new ResponseElementsEntity("local", "local"), s3, principal);
        return new S3Event(List.of(record));
    }

    /**
     * S3 event keys are URL-encoded (space as '+', '/' kept), so handlers must decode them; local
     * events do the same so that a handler that forgets is caught here and not in AWS.
     */
    static String encodeKey(String key) {
        return Arrays.stream(key.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }

    private static String stripQuotes(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
