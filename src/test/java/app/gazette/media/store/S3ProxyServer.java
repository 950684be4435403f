package app.gazette.media.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API for tests: S3Proxy with its in-memory ("transient") backend, in a JVM of its own
 * (its dependencies clash with Boot's; see the pom) on a free loopback port. Maven copies its jar to
 * target/s3proxy before the tests run (phase process-test-classes).
 */
final class S3ProxyServer implements AutoCloseable {

    static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    static final String ACCESS_KEY = "gazette-test";
    static final String SECRET_KEY = "gazette-test-secret";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final URI endpoint;

    private S3ProxyServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static S3ProxyServer start() throws IOException, InterruptedException {
        assertThat(JAR)
                .as("S3Proxy's jar, copied by Maven in process-test-classes (./mvnw test does it)")
                .exists();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path dir = Files.createTempDirectory("s3proxy");
        Path properties = Files.writeString(
                dir.resolve("s3proxy.properties"),
                String.join(
                        "\n",
                        "s3proxy.endpoint=http://127.0.0.1:" + port,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + ACCESS_KEY,
                        "s3proxy.credential=" + SECRET_KEY,
                        "jclouds.provider=transient",
                        "jclouds.identity=" + ACCESS_KEY,
                        "jclouds.credential=" + SECRET_KEY));
        Path log = dir.resolve("s3proxy.log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--properties",
                        properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        S3ProxyServer server = new S3ProxyServer(process, URI.create("http://127.0.0.1:" + port));
        server.awaitPort(port, log);
        return server;
    }

    URI endpoint() {
        return endpoint;
    }

    MediaProperties.S3 settings(String bucket) {
        return new MediaProperties.S3(endpoint.toString(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true);
    }

    private void awaitPort(int port, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy ended at start:\n" + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException(
                "S3Proxy did not listen within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
