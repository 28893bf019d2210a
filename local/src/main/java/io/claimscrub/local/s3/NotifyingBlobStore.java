package io.claimscrub.local.s3;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * S3Proxy has no event notifications: this blob store sits between S3Proxy and the real store and
 * announces every object that a put, a copy or a completed multipart upload has created, once the
 * object is stored (as S3 does: the event never precedes the object).
 */
public final class NotifyingBlobStore extends ForwardingBlobStore {
    private final Consumer<ObjectCreated> listener;
    private final AtomicLong sequencer = new AtomicLong();

    public NotifyingBlobStore(BlobStore delegate, Consumer<ObjectCreated> listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        announce(request.bucket(), request.key(), "ObjectCreated:Put");
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        announce(request.destinationBucket(), request.destinationKey(), "ObjectCreated:Copy");
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                                                                   CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        announce(upload.containerName(), upload.blobName(), "ObjectCreated:CompleteMultipartUpload");
        return response;
    }

    private void announce(String bucket, String key, String eventName) {
        // Size and ETag as stored, whatever the request declared (chunked uploads declare no length).
        HeadObjectResponse stored = delegate().blobMetadata(bucket, key);
        listener.accept(new ObjectCreated(bucket, key, stored.contentLength(), stored.eTag(), eventName,
                sequencer.incrementAndGet()));
    }
}
