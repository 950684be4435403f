package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Methods a page does not take get 405 and Allow (OPTIONS: 204 and Allow), before any forgery check. */
@AppTest
class PageMethodsTest {

    private static final Map<String, String> ALLOWED = Map.of(
            "/", "GET, HEAD, OPTIONS",
            "/label/Gazette", "GET, HEAD, OPTIONS",
            "/2019/02/a-story/comments", "POST, OPTIONS",
            "/feeds/posts/default", "GET, HEAD, OPTIONS",
            "/no/such/page", "GET, HEAD, OPTIONS",
            "/login", "GET, HEAD, POST, OPTIONS",
            "/admin/articles", "GET, HEAD, POST, OPTIONS",
            "/admin", "GET, HEAD, OPTIONS",
            "/admin/settings", "GET, HEAD, POST, OPTIONS");

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void putDeleteAndPatchOnPagesAnswer405WithAllowRatherThan403() throws Exception {
        for (var page : ALLOWED.entrySet()) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<String> response = send(method, page.getKey(), Map.of());

                assertThat(response.statusCode())
                        .as(method + " " + page.getKey())
                        .isEqualTo(405);
                assertThat(response.headers().firstValue("Allow"))
                        .as(page.getKey())
                        .contains(page.getValue());
                assertThat(response.headers().firstValue("Content-Security-Policy"))
                        .isPresent();
            }
        }
    }

    @Test
    void optionsAnswersWithAllowAndNoBody() throws Exception {
        for (var page : ALLOWED.entrySet()) {
            HttpResponse<String> response = send("OPTIONS", page.getKey(), Map.of());

            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(204);
            assertThat(response.headers().firstValue("Allow")).as(page.getKey()).contains(page.getValue());
            assertThat(response.body()).isEmpty();
        }
    }

    @Test
    void realPostsAreStillCheckedForForgery() throws Exception {
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("admin", AppTest.ADMIN_PASSWORD);

        assertThat(editor.post("/admin/settings", Map.of("siteTitle", "Forged"), "no-token")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/2019/02/a-story/comments", Map.of("Origin", "https://evil.example"))
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .method(method, HttpRequest.BodyPublishers.ofString("x=1"));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
