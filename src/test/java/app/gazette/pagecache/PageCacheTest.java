package app.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.StatementCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reader pages served from memory ahead of Spring Security: same bytes, same headers, anonymous only. */
@AppTest
class PageCacheTest {

    private static final List<String> SAFETY_HEADERS = List.of(
            "content-security-policy",
            "x-content-type-options",
            "x-frame-options",
            "referrer-policy",
            "permissions-policy",
            "x-xss-protection",
            "strict-transport-security",
            "cross-origin-opener-policy",
            "cross-origin-resource-policy",
            "cross-origin-embedder-policy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRepeatedPageIsSentFromMemoryWithTheSameBytesAndHeadersAndNoQuery() throws Exception {
        HttpResponse<byte[]> rendered = get("/", Map.of());
        StatementCounter.reset();
        HttpResponse<byte[]> cached = get("/", Map.of());

        assertThat(StatementCounter.statements()).isEmpty();
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body()).isEqualTo(rendered.body());
        assertThat(headers(cached)).isEqualTo(headers(rendered));
    }

    @Test
    void randomQueryStringsDoNotBypassThePageCache() throws Exception {
        Matcher link = Pattern.compile("href=\"(/\\d{4}/\\d{2}/[^\"#/]+)\"")
                .matcher(new String(get("/", Map.of()).body(), StandardCharsets.UTF_8));
        assertThat(link.find()).isTrue();
        List<String> pages = List.of("/", link.group(1));
        for (String page : pages) {
            get(page, Map.of());
        }
        StatementCounter.reset();
        Random random = new Random(18);

        for (int i = 0; i < 10_000; i++) {
            String query = "utm_" + Integer.toHexString(random.nextInt()) + "=" + random.nextLong()
                    + (i % 3 == 0 ? "&q=" + i : "") + (i % 5 == 0 ? "&" + random.nextInt() : "");
            HttpResponse<byte[]> response = get(pages.get(i % 2) + "?" + query, Map.of());
            assertThat(response.statusCode()).isEqualTo(200);
        }

        assertThat(StatementCounter.statements())
                .as("statements other than the shared version's")
                .allMatch(sql -> sql.contains("content_version"));
    }

    @Test
    void cachedPagesSendTheSameSafetyHeadersAsTheRestOfTheSite() throws Exception {
        for (String proto : List.of("http", "https")) {
            Map<String, String> forwarded = Map.of("X-Forwarded-Proto", proto);
            get("/feeds/posts/default", forwarded);
            HttpResponse<byte[]> cached = get("/feeds/posts/default", forwarded);
            HttpResponse<byte[]> newsroom = get("/login", forwarded);
            HttpResponse<byte[]> notFound = get("/no/such/page", forwarded);

            assertThat(safety(cached)).isNotEmpty().isEqualTo(safety(newsroom)).isEqualTo(safety(notFound));
            assertThat(safety(cached).containsKey("strict-transport-security")).isEqualTo(proto.equals("https"));
        }
    }

    @Test
    void gzipIsMadeOnceAndConditionalRequestsGet304() throws Exception {
        byte[] plain = get("/", Map.of()).body();
        HttpResponse<byte[]> zipped = get("/", Map.of("Accept-Encoding", "gzip, deflate"));
        HttpResponse<byte[]> refused = get("/", Map.of("Accept-Encoding", "gzip;q=0"));

        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes())
                .isEqualTo(plain);
        assertThat(refused.body()).isEqualTo(plain);
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = get("/", Map.of("If-None-Match", etag));
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void anonymousReadersGetNoSessionAndNoCookieAndHeadHasNoBody() throws Exception {
        int sessions = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
        for (String path : List.of("/", "/", "/feeds/posts/default", "/search?q=gazette", "/no/such/page")) {
            assertThat(get(path, Map.of()).headers().allValues("Set-Cookie"))
                    .as(path)
                    .isEmpty();
        }
        HttpResponse<byte[]> head =
                send(HttpRequest.newBuilder(uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class))
                .isEqualTo(sessions);
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        headers.remove("x-request-id"); // each request's own (operations/RequestIdValve), never replayed
        return headers;
    }

    private static Map<String, String> safety(HttpResponse<byte[]> response) {
        Map<String, String> found = new TreeMap<>();
        SAFETY_HEADERS.forEach(name -> response.headers().firstValue(name).ifPresent(value -> found.put(name, value)));
        return found;
    }
}
