package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

/** 304s of static files and pages carry what their 200 carries; HEAD and If-None-Match: * are answered too. */
@AppTest
class ConditionalRequestsTest {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    String stylesheet;

    @BeforeEach
    void stylesheet() throws Exception {
        Matcher css = Pattern.compile("href=\"(/css/gazette-[0-9a-f]{32}\\.css)\"")
                .matcher(send("GET", "/", Map.of()).body());
        assertThat(css.find()).isTrue();
        stylesheet = css.group(1);
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String etag(String path) throws Exception {
        return send("GET", path, Map.of()).headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void aStylesheets304KeepsVaryAcceptEncoding() throws Exception {
        HttpResponse<String> notModified =
                send("GET", stylesheet, Map.of("If-None-Match", etag(stylesheet), "Accept-Encoding", "gzip"));

        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("accept-encoding"));
        assertThat(notModified.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("immutable"));
    }

    @Test
    void theFavicons304CarriesItsEtag() throws Exception {
        HttpResponse<String> ok = send("GET", "/favicon.svg", Map.of());
        String lastModified = ok.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> notModified = send("GET", "/favicon.svg", Map.of("If-Modified-Since", lastModified));

        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("ETag"))
                .hasValue(ok.headers().firstValue("ETag").orElseThrow());
        assertThat(notModified.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("accept-encoding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stylesheet", "/favicon.svg", "/"})
    void headWithAMatchingEtagIs304AndHeadAloneHasTheEtagOfGet(String path) throws Exception {
        String target = path.equals("stylesheet") ? stylesheet : path;
        String etag = etag(target);

        HttpResponse<String> head = send("HEAD", target, Map.of());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(send("HEAD", target, Map.of("If-None-Match", etag)).statusCode())
                .isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stylesheet", "/favicon.svg", "/", "/label/Gazette?page=1"})
    void ifNoneMatchStarIs304ForWhatExists(String path) throws Exception {
        String target = path.equals("stylesheet") ? stylesheet : path;

        assertThat(send("GET", target, Map.of("If-None-Match", "*")).statusCode())
                .isEqualTo(304);
        assertThat(send("HEAD", target, Map.of("If-None-Match", "*")).statusCode())
                .isEqualTo(304);
    }

    @Test
    void ifNoneMatchStarOnAMissingPageIsStill404() throws Exception {
        assertThat(send("GET", "/no-such-page", Map.of("If-None-Match", "*")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDifferentEtagGetsTheWholeFileEvenWhenItIsNotModifiedSince() throws Exception {
        HttpResponse<String> ok = send("GET", "/favicon.svg", Map.of());

        HttpResponse<String> changed = send(
                "GET",
                "/favicon.svg",
                Map.of(
                        "If-None-Match",
                        "W/\"other\"",
                        "If-Modified-Since",
                        ok.headers().firstValue("Last-Modified").orElseThrow()));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(ok.body());
    }
}
