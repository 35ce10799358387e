package ro.relay.service;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Domain settings of the message relay. */
@ConfigMapping(prefix = "ro.relay")
public interface RelaySettings {

    /** Where message files are kept (the default storage). */
    @WithDefault("data/files")
    String storageDir();

    /** The largest scan of a letter, in bytes (20 MB). */
    @WithDefault("20971520")
    long maxScanBytes();

    /** The largest video message, in bytes (1 GB). */
    @WithDefault("1073741824")
    long maxVideoBytes();

    /** Which storage holds message files (RO_RELAY_STORAGE): directory (storage-dir) or s3 (the s3 settings). */
    @WithDefault("directory")
    Storage storage();

    enum Storage {
        DIRECTORY, S3
    }

    /**
     * How often the orphan sweep runs (RO_RELAY_ORPHAN_SWEEP, ISO-8601), and how old a stored file or unfinished
     * upload without a row must be before it removes it: longer than any upload takes.
     */
    @WithDefault("PT1H")
    Duration orphanSweep();

    S3 s3();

    /** An S3-compatible object store (RO_RELAY_S3_*), used when storage is s3. */
    interface S3 {

        /** The store's address, e.g. http://minio:9000; none for AWS S3 itself. */
        Optional<String> endpoint();

        /** The bucket that holds the message files, and nothing else. */
        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        /** Without both, the AWS default chain (environment, profile, instance or pod role). */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** Path-style addresses (endpoint/bucket/key), as MinIO and S3Proxy want. */
        @WithDefault("true")
        boolean pathStyle();

        /** Whether the API creates the bucket at start when it is missing. */
        @WithDefault("true")
        boolean createBucket();
    }
}
