package ro.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ro.testing.S3ProxyServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where a chaos run's API keeps message files, as the checks see it: every entry by name, an unfinished upload (a
 * {@code .partial} file, an incomplete multipart upload) as {@code <key>.partial}. The directory storage, or S3
 * (S3Proxy over a directory, in the test's JVM) with {@code ro.chaos.storage=s3}.
 */
interface ChaosStorage extends AutoCloseable {

    /** {@code directory} or {@code s3}. */
    String name();

    /** The directory to give the API (its storage, or unused beside S3). */
    Path directory();

    /** The API's settings for this storage. */
    Map<String, String> env();

    /** Everything storage holds, by name. */
    List<String> names();

    /**
     * The smallest upload of a run: a few MB; in S3 more than one part (8 MiB), so a kill late in the body leaves an
     * incomplete multipart upload (a smaller file goes by one PUT once whole, and a kill before leaves nothing).
     */
    default int smallestUpload() {
        return 2_000_000;
    }

    /** Whether the store tells when an unfinished upload began (the sweep removes one only once it is old). */
    default boolean datesUnfinishedUploads() {
        return true;
    }

    void put(String name, byte[] content);

    void remove(String name);

    /** Removes what the run left in its directory. */
    @Override
    default void close() throws Exception {
        try (Stream<Path> files = Files.walk(directory())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static ChaosStorage of(String kind) throws Exception {
        Path dir = Files.createTempDirectory("ro-chaos-files");
        return switch (kind) {
            case "directory" -> new Directory(dir);
            case "s3" -> new Objects(dir, S3ProxyServer.start(dir.resolve("s3proxy")));
            default -> throw new IllegalArgumentException("ro.chaos.storage is directory or s3, not " + kind);
        };
    }

    /** The directory storage: the files in it. */
    record Directory(Path directory) implements ChaosStorage {

        @Override
        public String name() {
            return "directory";
        }

        @Override
        public Map<String, String> env() {
            return Map.of("RO_RELAY_STORAGE", "directory");
        }

        @Override
        public List<String> names() {
            if (!Files.isDirectory(directory)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(directory)) {
                return files.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void put(String name, byte[] content) {
            try {
                Files.write(directory.resolve(name), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void remove(String name) {
            try {
                Files.deleteIfExists(directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** S3 (S3Proxy): the bucket's objects and its incomplete multipart uploads. */
    final class Objects implements ChaosStorage {

        private static final String BUCKET = "ro-chaos";
        private final Path directory;
        private final S3ProxyServer server;
        private final S3Client s3;

        Objects(Path directory, S3ProxyServer server) {
            this.directory = directory;
            this.server = server;
            this.s3 = server.client();
        }

        @Override
        public String name() {
            return "s3";
        }

        @Override
        public Path directory() {
            return directory;
        }

        @Override
        public Map<String, String> env() {
            return Map.of("RO_RELAY_STORAGE", "s3", "RO_RELAY_S3_ENDPOINT", server.endpoint(), "RO_RELAY_S3_BUCKET", BUCKET,
                    "RO_RELAY_S3_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY, "RO_RELAY_S3_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY,
                    "RO_RELAY_S3_PATH_STYLE", "true");
        }

        /**
         * The objects and the unfinished uploads; not what S3Proxy's filesystem backend keeps of an unfinished upload
         * as objects of its own (a {@code .mpus-...-stub}, an object named by the upload's id), which S3 has not.
         */
        @Override
        public List<String> names() {
            List<String> names = new ArrayList<>();
            Set<String> uploadIds = new HashSet<>();
            s3.listMultipartUploadsPaginator(r -> r.bucket(BUCKET)).uploads().forEach(u -> {
                names.add(u.key() + ".partial");
                uploadIds.add(u.uploadId());
            });
            s3.listObjectsV2Paginator(r -> r.bucket(BUCKET)).contents().stream().map(o -> o.key())
                    .filter(k -> !k.startsWith(".mpus-") && !uploadIds.contains(k)).forEach(names::add);
            return names.stream().sorted().toList();
        }

        /** S3Proxy's filesystem backend gives an unfinished upload no start time (it says "now"), so no sweep finds it old. */
        @Override
        public boolean datesUnfinishedUploads() {
            return false;
        }

        @Override
        public int smallestUpload() {
            return 9_000_000;
        }

        @Override
        public void put(String name, byte[] content) {
            s3.putObject(r -> r.bucket(BUCKET).key(name), RequestBody.fromBytes(content));
        }

        @Override
        public void remove(String name) {
            s3.deleteObject(r -> r.bucket(BUCKET).key(name));
        }

        @Override
        public void close() throws Exception {
            s3.close();
            server.close();
            ChaosStorage.super.close();
        }
    }
}
