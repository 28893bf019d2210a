package io.claimscrub.local.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3-compatible server on 127.0.0.1: S3Proxy in this JVM over a filesystem folder (or memory),
 * accepting any credentials, path-style addressing, with object-creation announcements.
 */
public final class LocalS3 implements AutoCloseable {
    private final S3Proxy proxy;
    private final BlobStore store;

    private LocalS3(S3Proxy proxy, BlobStore store) {
        this.proxy = proxy;
        this.store = store;
    }

    /**
     * Starts the server.
     *
     * @param port     the port, or 0 for any free one
     * @param dataDir  folder for the objects (one sub-folder per bucket), or null to keep them in memory
     * @param listener told of every object created, on the request thread
     */
    public static LocalS3 start(int port, Path dataDir, Consumer<ObjectCreated> listener) throws Exception {
        BlobStore backing;
        if (dataDir == null) {
            backing = new TransientNio2BlobStore();
        } else {
            Files.createDirectories(dataDir);
            backing = new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString());
        }
        BlobStore store = new NotifyingBlobStore(backing, listener);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        return new LocalS3(proxy, store);
    }

    public int port() {
        return proxy.getPort();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            store.close();
        }
    }
}
