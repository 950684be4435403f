package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Actuator lives on the management port (health groups, Prometheus metrics); the site's port answers only
 * the overall health status. Every answer carries the request's id.
 */
@AppTest
class OperationsEndpointsTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void metricsAndHealthGroupsAreNotOnTheSitesPort() throws Exception {
        Browser reader = new Browser(port);

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(reader.get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(reader.get("/actuator/health/readiness").statusCode()).isEqualTo(404);
        HttpResponse<String> health = reader.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void readinessIncludesTheDatabaseAndLivenessIsUp() throws Exception {
        HttpResponse<String> readiness = management("/actuator/health/readiness");
        HttpResponse<String> liveness = management("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"readinessState\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"livenessState\"").doesNotContain("\"db\"");
    }

    @Test
    void prometheusShowsHttpRequestsPageCacheAndContentVersion() throws Exception {
        Browser reader = new Browser(port);
        reader.get("/");
        reader.get("/");

        String metrics = management("/actuator/prometheus").body();

        assertThat(metrics)
                .contains("http_server_requests_seconds_count")
                .contains("gazette_page_cache_requests_total{application=\"gazette\",result=\"hit\"}")
                .contains("gazette_page_cache_requests_total{application=\"gazette\",result=\"miss\"}")
                .contains("gazette_page_cache_size_bytes")
                .contains("gazette_content_version{")
                .contains("gazette_content_version_lag_seconds");
    }

    @Test
    void theProxysRequestIdIsEchoedAndAMissingOrUnsafeOneIsReplaced() throws Exception {
        assertThat(requestId("/", "nginx-4f2a9c.1")).isEqualTo("nginx-4f2a9c.1");
        assertThat(requestId("/", "nginx-4f2a9c.1")).isEqualTo("nginx-4f2a9c.1");
        assertThat(requestId("/no-such-page", "lost-7")).isEqualTo("lost-7");
        assertThat(requestId("/", "a b")).matches("[0-9a-f]{32}");
        assertThat(requestId("/", "x".repeat(65))).matches("[0-9a-f]{32}");
        assertThat(requestId("/", null)).matches("[0-9a-f]{32}").isNotEqualTo(requestId("/", null));
    }

    private String requestId(String path, String given) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (given != null) {
            request.header("X-Request-Id", given);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("X-Request-Id")
                .orElseThrow();
    }

    private HttpResponse<String> management(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
