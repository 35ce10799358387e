package ro.relay.service;

import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

import ro.privacy.service.FileKeys;

/**
 * The one {@link FileStorage} of this process, chosen at start by ro.relay.storage (so one build serves both): the
 * directory, or the S3 bucket, whose settings are checked and which is created if missing
 * (ro.relay.s3.create-bucket) before the API takes requests.
 */
@Startup
@ApplicationScoped
public class FileStorages {

    private static final Logger LOG = Logger.getLogger(FileStorages.class);

    @Inject
    RelaySettings settings;
    @Inject
    FileKeys keys;

    private S3Client client;
    private FileStorage storage;

    @PostConstruct
    void choose() {
        storage = chosen();
    }

    @Produces
    @Singleton
    FileStorage storage() {
        return storage;
    }

    private FileStorage chosen() {
        if (settings.storage() == RelaySettings.Storage.DIRECTORY) {
            LOG.infof("Message files in the directory %s", Path.of(settings.storageDir()).toAbsolutePath());
            return new DirectoryFileStorage(Path.of(settings.storageDir()), keys.ring());
        }
        String bucket = settings.s3().bucket().orElseThrow(() -> new IllegalStateException(
                "ro.relay.storage=s3 needs ro.relay.s3.bucket (RO_RELAY_S3_BUCKET)"));
        client = S3FileStorage.client(settings.s3());
        S3FileStorage objects = new S3FileStorage(client, bucket, keys.ring());
        if (settings.s3().createBucket() && objects.createBucketIfMissing()) {
            LOG.infof("Created the bucket %s for message files", bucket);
        }
        LOG.infof("Message files in the bucket %s of %s", bucket, settings.s3().endpoint().orElse("AWS S3 (" + settings.s3().region() + ")"));
        return objects;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
