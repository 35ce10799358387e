package ro.testing;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.FilesystemApiMetadata;

/**
 * S3Proxy over its filesystem backend, run inside a class loader of its own by {@link S3ProxyServer} (it needs Guice
 * 7, the test class path carries Guice 5 for Maven's resolver first). One server per loader.
 */
public final class S3ProxyInside {

    private static S3Proxy proxy;
    private static BlobStoreContext context;

    private S3ProxyInside() {
    }

    /** Starts the server on a free port of the loopback, its objects under dir; returns the port. */
    public static int start(String dir, String accessKey, String secretKey) throws Exception {
        Properties backend = new Properties();
        backend.setProperty("jclouds.filesystem.basedir", dir);
        context = ContextBuilder.newBuilder(new FilesystemApiMetadata()).overrides(backend).build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        return proxy.getPort();
    }

    public static void stop() throws Exception {
        proxy.stop();
        context.close();
    }
}
