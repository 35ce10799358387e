package ro.testing;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The API with ro.relay.storage=s3 against an S3Proxy started for the test (its files under target/test-s3). */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "ro-message-files";

    private S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = S3ProxyServer.start(Path.of("target", "test-s3"));
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        return Map.of("ro.relay.storage", "s3", "ro.relay.s3.endpoint", server.endpoint(), "ro.relay.s3.bucket", BUCKET,
                "ro.relay.s3.access-key-id", S3ProxyServer.ACCESS_KEY, "ro.relay.s3.secret-access-key", S3ProxyServer.SECRET_KEY);
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
