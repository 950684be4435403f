package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.media.store.MediaStore;
import app.gazette.support.AppTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * /media/ on the running app, from the disk store: a year of caching under a content-named key,
 * the store's strong ETag and 304, HEAD, one byte range (206) or none past the end (416), 404 for
 * anything else, the safety headers, and no cookie or session for anyone.
 */
@AppTest
class MediaServingTest {

    static final byte[] PHOTO = new byte[3 * 1024 * 1024 + 17];

    static {
        new Random(16).nextBytes(PHOTO);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    MediaStore store;

    final HttpClient http = HttpClient.newHttpClient();
    String key;
    String etag;

    @BeforeEach
    void storePhoto() {
        key = "2026/12/" + UUID.randomUUID().toString().substring(0, 12) + "-harbour-1920.jpg";
        store.put(key, new ByteArrayInputStream(PHOTO), PHOTO.length, "image/jpeg");
        etag = store.open(key).orElseThrow().etag();
    }

    @Test
    void aPictureIsSentWholeWithItsTypeLengthStrongEtagAndAYearOfCaching() throws Exception {
        HttpResponse<byte[]> photo = send("GET", "/media/" + key, Map.of());

        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.body()).isEqualTo(PHOTO);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(photo.headers().firstValueAsLong("Content-Length")).hasValue(PHOTO.length);
        assertThat(photo.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(photo.headers().allValues("ETag")).containsExactly(etag);
        assertThat(etag).doesNotStartWith("W/");
        assertThat(photo.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(photo.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void mediaSendTheSiteSafetyHeadersAndNoCookie() throws Exception {
        HttpResponse<byte[]> photo = send("GET", "/media/" + key, Map.of());

        assertThat(photo.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(photo.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self';"));
        assertThat(photo.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(photo.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(photo.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aMatchingEtagIsAnswered304WithoutTheBytes() throws Exception {
        HttpResponse<byte[]> unchanged = send("GET", "/media/" + key, Map.of("If-None-Match", etag));

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).contains(etag);
        assertThat(unchanged.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(send("GET", "/media/" + key, Map.of("If-None-Match", "\"other\""))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void headSendsTheHeadersWithoutTheBytes() throws Exception {
        HttpResponse<byte[]> head = send("HEAD", "/media/" + key, Map.of());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(PHOTO.length);
        assertThat(head.headers().firstValue("ETag")).contains(etag);
        assertThat(head.headers().firstValue("Content-Type")).contains("image/jpeg");
    }

    @Test
    void oneRangeIsAnswered206WithOnlyThoseBytes() throws Exception {
        HttpResponse<byte[]> part = send("GET", "/media/" + key, Map.of("Range", "bytes=1000-1999"));

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 1000-1999/" + PHOTO.length);
        assertThat(part.headers().firstValueAsLong("Content-Length")).hasValue(1000);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(PHOTO, 1000, 2000));

        HttpResponse<byte[]> tail = send("GET", "/media/" + key, Map.of("Range", "bytes=-10"));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(PHOTO, PHOTO.length - 10, PHOTO.length));
    }

    @Test
    void aRangePastTheEndIsAnswered416WithTheLength() throws Exception {
        HttpResponse<byte[]> none = send("GET", "/media/" + key, Map.of("Range", "bytes=" + PHOTO.length + "-"));

        assertThat(none.statusCode()).isEqualTo(416);
        assertThat(none.headers().firstValue("Content-Range")).contains("bytes */" + PHOTO.length);
        assertThat(none.body()).isEmpty();
    }

    @Test
    void aRangeForAnotherVersionGetsTheWholeFile() throws Exception {
        HttpResponse<byte[]> whole =
                send("GET", "/media/" + key, Map.of("Range", "bytes=0-9", "If-Range", "\"an-older-version\""));

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).hasSize(PHOTO.length);
        assertThat(send("GET", "/media/" + key, Map.of("Range", "bytes=0-9", "If-Range", etag))
                        .statusCode())
                .isEqualTo(206);
    }

    @Test
    void aKeyThatIsNotStoredOrCannotBeOneIs404() throws Exception {
        assertThat(send("GET", "/media/2026/12/000000000000-nothing-640.jpg", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("HEAD", "/media/2026/12/000000000000-nothing-640.jpg", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/media/2026/12/Harbour.JPG", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/media/.meta/" + key, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void mediaCannotBeWrittenThroughTheSite() throws Exception {
        HttpResponse<byte[]> put = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/media/" + key))
                        .PUT(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(put.statusCode()).isIn(403, 405);
        assertThat(store.open(key).orElseThrow().length()).isEqualTo(PHOTO.length);
    }

    private HttpResponse<byte[]> send(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
