package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.RawHttp;
import app.gazette.support.SignedInBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Malformed paths, parameters and bodies get 400, 404 or 413 pages, never a 500 or a stack trace. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    String base;

    @BeforeEach
    void base() {
        base = "http://localhost:" + port;
    }

    @ParameterizedTest
    @CsvSource({
        "/?page=-1, 200", "/?page=abc, 400", "/?page=99999999999999999999, 400", "/?page=%C0%AF, 400",
        "/label/%C0%AF, 400", "/2019/02/%ED%A0%80, 400", "/2019/02/a%00b, 400", "/label/a%00b, 400",
        "/2019/13, 404", "/2019/00/x, 404", "/0000, 404", "/2019/02/%F4%90%80%80, 400",
        "/search/label/%E0%80%AF, 400"
    })
    void malformedAddressesGetAClearPage(String path, int expected) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(expected);
        assertNoDetails(response.body());
    }

    @Test
    void overlongSlugsAndLabelsAreNotFound() throws Exception {
        assertThat(get("/2019/02/" + "a".repeat(5000)).statusCode()).isEqualTo(404);
        assertThat(get("/label/" + "b".repeat(3000)).statusCode()).isEqualTo(404);
    }

    @Test
    void aCommentOverOneMegabyteGetsTheTooLargePage() throws Exception {
        String body = "name=A&body=" + "x".repeat(1024 * 1024 + 10);

        HttpResponse<String> response = post("/2019/02/anything/comments", body.getBytes(StandardCharsets.US_ASCII));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Too large");
    }

    @Test
    void undecodableParametersGetACleanBadRequestAndNoStackTraceInTheLog(CapturedOutput log) throws Exception {
        int before = log.getOut().length();
        for (String path : List.of("/?page=%E0%A4", "/search?q=%E0%A4", "/label/Gazette?before=%E0%A4")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("Bad request");
            assertNoDetails(response.body());
        }
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/?y=%E0%A4"))
                        .header("Accept", "text/html")
                        .header("Cookie", "SESSION=none")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(400);

        String logged = log.getOut().substring(before) + log.getErr();
        assertThat(logged).doesNotContain("MalformedInputException", "InvalidParameterException", "\tat ", " ERROR ");
        assertThat(get("/?y=%E0%A4").statusCode())
                .as("a parameter no page reads")
                .isEqualTo(200);
    }

    @Test
    void aChunkedCommentOverOneMegabyteGetsTheTooLargePageUnread() throws Exception {
        byte[] megabyte = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        List<byte[]> chunks = new ArrayList<>(List.of("name=A&body=".getBytes(StandardCharsets.US_ASCII)));
        for (int i = 0; i < 3; i++) {
            chunks.add(megabyte);
        }

        RawHttp.Response response = RawHttp.send(port, chunkedFormHead("/2019/02/anything/comments"), chunks);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void aChunkedCommentWithinTheLimitIsReadAsAForm() throws Exception {
        String permalink =
                new Browser(port).get("/").body().replaceAll("(?s).*?href=\"(/\\d{4}/\\d{2}/[^\"#]+)\".*", "$1");
        String fields = "name=Chunked+Reader&email=chunked%40example.org&body=Sent+in+two+chunks%2C+read+whole.";

        RawHttp.Response response = RawHttp.send(
                port,
                chunkedFormHead(permalink + "/comments?from=query") + "\r\nX-Forwarded-For: 203.0.113.77",
                List.of(
                        fields.substring(0, 20).getBytes(StandardCharsets.US_ASCII),
                        fields.substring(20).getBytes(StandardCharsets.US_ASCII)));

        assertThat(response.status()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains(permalink, "comment="));
    }

    private String chunkedFormHead(String path) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nOrigin: " + base
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked";
    }

    @Test
    void invalidUtf8InAFormIsABadRequest() throws Exception {
        byte[] body = "name=A&body=%C0%AF%ED%A0%80x".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = post("/2019/02/welcome-to-gazette/comments", body);

        assertThat(response.statusCode()).isIn(400, 404);
        assertNoDetails(response.body());
    }

    @Test
    void anArticleOverFiveMegabytesGetsTheTooLargePage() throws Exception {
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("admin", AppTest.ADMIN_PASSWORD);

        HttpResponse<String> response = editor.submit(
                "/admin/articles/new",
                "/admin/articles",
                Map.of("title", "Huge", "body", "y".repeat(5 * 1024 * 1024 + 10), "action", "save"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Too large");
    }

    @Test
    void anArticleBodyOverTheEditorLimitIsRefusedWithAMessage() throws Exception {
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("admin", AppTest.ADMIN_PASSWORD);

        HttpResponse<String> response = editor.submit(
                "/admin/articles/new",
                "/admin/articles",
                Map.of("title", "Long", "body", "z".repeat(200_001), "action", "save"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 200,000 characters");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .header("Origin", base)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoDetails(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at app.gazette", "Tomcat");
    }
}
