package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

/** Error pages are the HTML page for every client (curl's Accept too), so the answer never varies by Accept. */
@AppTest
class ErrorPagesNegotiationTest {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "", "application/json", "image/png", "application/json, text/plain, */*"})
    void aMissingPageIsTheHtmlErrorPageWhateverTheClientAccepts(String accept) throws Exception {
        HttpResponse<String> browser = get("/no-such-page", "text/html,application/xhtml+xml,*/*;q=0.8");
        HttpResponse<String> other = get("/no-such-page", accept);

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(other.body()).startsWith("<!DOCTYPE html>").contains("Page not found");
        assertThat(other.body()).isEqualTo(browser.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/2019/02/no-such-article/feed.atom", "/label/Nothing/feed.xml", "/2019/02/no-such-article"})
    void missingFeedsAndArticlesAreTheHtmlPageToo(String path) throws Exception {
        HttpResponse<String> response = get(path, "*/*");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).startsWith("<!DOCTYPE html>");
    }
}
