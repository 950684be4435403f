package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.support.AppTest;
import app.gazette.user.UserService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Conditional requests, shared-cache headers, gzip and long-lived hashed assets. */
@AppTest
class HttpCachingTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    UserService users;

    final HttpClient http = HttpClient.newHttpClient();
    String base;

    @BeforeEach
    void base() {
        base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readerPagesAnswer304WhileUnchangedAndMayBeKeptBrieflyByACdn() throws Exception {
        HttpResponse<String> first = get("/", Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        assertThat(get("/", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get("/", Map.of("If-None-Match", "W/\"something-else\"")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theEtagChangesWhenANewArticleAppears() throws Exception {
        String before = get("/", Map.of()).headers().firstValue("ETag").orElseThrow();
        long author = users.findOrCreateAuthor("etag", "Etag Author");
        writer.create(new NewArticle(
                "Fresh news for the ETag",
                null,
                "Body",
                List.of(),
                author,
                Instant.now().minusSeconds(1)));

        HttpResponse<String> after = get("/", Map.of("If-None-Match", before));

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Fresh news for the ETag");
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void pagesAreGzippedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(page.body()[0]).isEqualTo((byte) 0x1f);
    }

    @Test
    void stylesheetsHaveContentHashedUrlsCachedForAYearAsImmutable() throws Exception {
        Matcher css = Pattern.compile("href=\"(/css/gazette-[0-9a-f]{32}\\.css)\"")
                .matcher(get("/", Map.of()).body());
        assertThat(css.find()).isTrue();

        HttpResponse<String> asset = get(css.group(1), Map.of());

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "public", "immutable"));
    }

    @Test
    void newsroomPagesAreNeverStored() throws Exception {
        HttpResponse<String> login = get("/login", Map.of());

        assertThat(login.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(login.headers().firstValue("ETag")).isEmpty();
    }
}
