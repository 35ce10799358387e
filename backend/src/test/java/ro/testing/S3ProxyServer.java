package ro.testing;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.services.s3.S3Client;

import ro.relay.service.RelaySettings;
import ro.relay.service.S3FileStorage;

/**
 * A real S3 API server in this JVM: S3Proxy over its filesystem backend (a directory), on a free port of the
 * loopback, with AWS signatures checked against one access key. It runs in a class loader of its own over the test
 * class path without Quarkus, JBoss logging and the Guice 5 of Maven's resolver (S3Proxy's jclouds needs Guice 7).
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "ro-test-access";
    public static final String SECRET_KEY = "ro-test-secret-key";

    private final URLClassLoader loader;
    private final int port;

    private S3ProxyServer(URLClassLoader loader, int port) {
        this.loader = loader;
        this.port = port;
    }

    /** Started, its objects under dir. */
    public static S3ProxyServer start(Path dir) throws Exception {
        Files.createDirectories(dir);
        URLClassLoader loader = new URLClassLoader("s3proxy", classPath(), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader was = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            int port = (int) loader.loadClass(S3ProxyInside.class.getName()).getMethod("start", String.class, String.class, String.class)
                    .invoke(null, dir.toAbsolutePath().toString(), ACCESS_KEY, SECRET_KEY);
            return new S3ProxyServer(loader, port);
        } finally {
            thread.setContextClassLoader(was);
        }
    }

    private static URL[] classPath() throws MalformedURLException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            String name = entry.replace(File.separatorChar, '/');
            boolean oldGuice = name.contains("/com/google/inject/guice/") && !name.contains("/guice/7.");
            if (!entry.isBlank() && !oldGuice && !name.contains("/io/quarkus/") && !name.contains("/org/jboss/")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The settings the API takes for this server and a bucket. */
    public RelaySettings.S3 settings(String bucket) {
        String endpoint = endpoint();
        return new RelaySettings.S3() {
            @Override
            public Optional<String> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(bucket);
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> accessKeyId() {
                return Optional.of(ACCESS_KEY);
            }

            @Override
            public Optional<String> secretAccessKey() {
                return Optional.of(SECRET_KEY);
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public boolean createBucket() {
                return true;
            }
        };
    }

    /** A client of this server, built as the API builds its own. */
    public S3Client client() {
        return S3FileStorage.client(settings("unused"));
    }

    @Override
    public void close() throws Exception {
        try {
            loader.loadClass(S3ProxyInside.class.getName()).getMethod("stop").invoke(null);
        } finally {
            loader.close();
        }
    }
}
