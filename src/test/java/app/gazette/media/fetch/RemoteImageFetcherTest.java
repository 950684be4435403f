package app.gazette.media.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.media.fetch.FetchRefused.Reason;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteImageFetcherTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    HttpServer server;
    String base;
    final Set<String> hits = ConcurrentHashMap.newKeySet();
    RemoteImageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = new RemoteImageFetcher(limits(1024 * 1024, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    static FetchLimits limits(long maxBytes, Duration time) {
        return new FetchLimits(maxBytes, Duration.ofSeconds(2), time, 3, true);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.add(path);
        if (path.startsWith("/hop/")) {
            int left = Integer.parseInt(path.substring(5));
            exchange.getResponseHeaders().add("Location", left == 0 ? "/picture.png" : "/hop/" + (left - 1));
            exchange.sendResponseHeaders(302, -1);
        } else if (path.equals("/to-metadata")) {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(301, -1);
        } else if (path.equals("/picture.png")) {
            send(exchange, 200, PNG);
        } else if (path.equals("/page.html")) {
            send(exchange, 200, "<!doctype html><p>not a picture".getBytes());
        } else if (path.equals("/huge.png")) {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PNG);
                for (int i = 0; i < 40; i++) {
                    out.write(new byte[64 * 1024]);
                }
            } catch (IOException ignored) {
                // the client stopped reading, as it should
            }
        } else if (path.equals("/slow.png")) {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PNG);
                out.flush();
                Thread.sleep(3_000);
            } catch (IOException | InterruptedException ignored) {
                // the client gave up, as it should
            }
        } else {
            send(exchange, 404, new byte[0]);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Reason refusal(String address) {
        try {
            Path file = fetcher.fetch(address);
            Files.deleteIfExists(file);
            throw new AssertionError("fetched " + address);
        } catch (FetchRefused e) {
            return e.reason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fetchesAPictureIntoATemporaryFile() throws Exception {
        Path file = fetcher.fetch(base + "/picture.png");
        assertThat(Files.readAllBytes(file)).isEqualTo(PNG);
        Files.delete(file);
    }

    @Test
    void followsThreeRedirectsButNotFour() throws Exception {
        Path file = fetcher.fetch(base + "/hop/2");
        Files.delete(file);
        assertThat(refusal(base + "/hop/3")).isEqualTo(Reason.TOO_MANY_REDIRECTS);
    }

    @Test
    void refusesInternalAddressesBeforeConnecting() {
        Stream.of(
                        "http://10.0.0.1/a.png",
                        "http://192.168.1.1/a.png",
                        "http://172.16.0.1/a.png",
                        "http://169.254.169.254/latest/meta-data/",
                        "http://100.64.0.1/a.png",
                        "http://0.0.0.0/a.png",
                        "http://[::ffff:10.0.0.1]/a.png",
                        "http://[fd00::1]/a.png",
                        "http://[fe80::1]/a.png")
                .forEach(address -> assertThat(refusal(address)).as(address).isEqualTo(Reason.INTERNAL_ADDRESS));
    }

    @Test
    void refusesLoopbackUnlessTheTestOnlyPropertyAllowsIt() {
        try (RemoteImageFetcher strict = new RemoteImageFetcher(FetchLimits.defaults(false))) {
            for (String address : new String[] {
                base + "/picture.png",
                "http://localhost:1/a.png",
                "http://[::1]/a.png",
                "http://[::ffff:127.0.0.1]/a.png",
                "http://127.1.2.3/a.png"
            }) {
                assertThatThrownBy(() -> strict.fetch(address))
                        .as(address)
                        .isInstanceOfSatisfying(
                                FetchRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.INTERNAL_ADDRESS));
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void refusesARedirectToAnInternalAddress() {
        assertThat(refusal(base + "/to-metadata")).isEqualTo(Reason.INTERNAL_ADDRESS);
    }

    @Test
    void refusesOtherSchemesAndMalformedAddresses() {
        for (String address : new String[] {
            "file:///etc/passwd",
            "ftp://example.org/a.png",
            "gopher://x/",
            "http://",
            "not a url",
            "http://user:pw@example.org/a.png"
        }) {
            assertThat(refusal(address)).as(address).isEqualTo(Reason.BAD_ADDRESS);
        }
    }

    @Test
    void refusesWhatIsNotAPictureAndLeavesNoFile() throws IOException {
        long before = tempFiles();
        assertThat(refusal(base + "/page.html")).isEqualTo(Reason.NOT_AN_IMAGE);
        assertThat(refusal(base + "/missing.png")).isEqualTo(Reason.HTTP_ERROR);
        assertThat(tempFiles()).isEqualTo(before);
    }

    @Test
    void stopsAtTheSizeLimitAndLeavesNoFile() throws IOException {
        long before = tempFiles();
        assertThat(refusal(base + "/huge.png")).isEqualTo(Reason.TOO_LARGE);
        assertThat(tempFiles()).isEqualTo(before);
    }

    @Test
    void stopsAtTheTimeLimit() {
        fetcher.close();
        fetcher = new RemoteImageFetcher(limits(1024 * 1024, Duration.ofMillis(500)));
        assertThat(refusal(base + "/slow.png")).isEqualTo(Reason.TOO_SLOW);
    }

    private static long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("gazette-fetch-"))
                    .count();
        }
    }
}
