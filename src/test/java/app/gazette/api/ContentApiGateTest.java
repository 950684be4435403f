package app.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.api.keys.ContentKeys;
import app.gazette.api.keys.IssuedKey;
import app.gazette.support.MutableClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** What stands in front of the API: keys, errors as JSON, the rate limit, ETags, CORS, and no cookies. */
@ApiAppTest
class ContentApiGateTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ContentKeys keys;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    IssuedKey key;

    @BeforeEach
    void key() {
        key = keys.create("Gate test");
        api = new ApiClient(port, json, key.secret());
    }

    @AfterEach
    void backToStart() {
        clock.set(Instant.parse(ApiAppTest.START));
    }

    @Test
    void withoutAValidKeyTheAnswerIs401Json() {
        ApiClient.Answer missing = api.withKey(null).get("articles");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("Content-Type")).startsWith("application/json");
        assertThat(missing.body().at("/errors/0/type").asString()).isEqualTo("UnauthorizedError");
        assertThat(missing.body().at("/errors/0/message").asString()).contains("content key is required");
        assertThat(api.withKey("gz_wrong").get("labels").status()).isEqualTo(401);
        assertThat(api.withKey(null)
                        .get("articles", "Authorization", "Bearer " + key.secret())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheKeysHashIsStored() throws Exception {
        String stored = jdbc.queryForObject("select key_hash from content_keys where id = ?", String.class, key.id());
        String hash = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(key.secret().getBytes()));
        assertThat(stored).isEqualTo(hash).doesNotContain(key.secret());
    }

    @Test
    void aRegeneratedOrRevokedKeyStopsWorking() {
        String renewed = keys.regenerate(key.id()).orElseThrow().secret();
        assertThat(api.get("settings").status()).isEqualTo(401);
        assertThat(api.withKey(renewed).get("settings").status()).isEqualTo(200);
        keys.revoke(key.id());
        assertThat(api.withKey(renewed).get("settings").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "page=0",
                "page=x",
                "limit=0",
                "limit=101",
                "order=popular",
                "fields=id,password",
                "published_before=yesterday",
                "published_after=2026-13-01",
                "label=",
                "page=%E0%A4"
            })
    void aBadParameterIs400Json(String query) {
        ApiClient.Answer answer = api.get("articles?" + query);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/type").asString()).isEqualTo("BadRequestError");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"articles/999999", "articles/slug/no-such-article", "articles/abc", "comments", "/api/v2/x"})
    void anUnknownAddressIs404Json(String path) {
        ApiClient.Answer answer = api.get(path);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().at("/errors/0/type").asString()).isEqualTo("NotFoundError");
    }

    @Test
    void writingIs405Json() {
        ApiClient.Answer answer = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(answer.body().at("/errors/0/type").asString()).isEqualTo("MethodNotAllowedError");
    }

    @Test
    void eachKeyIsLimitedPerMinuteAcrossTheWholeSite() {
        clock.set(Instant.parse("2026-06-01T12:00:05Z"));
        for (int i = 0; i < ApiAppTest.LIMIT; i++) {
            assertThat(api.get("settings").status()).isEqualTo(200);
        }
        ApiClient.Answer refused = api.get("settings");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("55");
        assertThat(refused.body().at("/errors/0/type").asString()).isEqualTo("TooManyRequestsError");
        assertThat(api.withKey(keys.create("Other").secret()).get("settings").status())
                .isEqualTo(200);
        clock.advance(Duration.ofSeconds(54));
        assertThat(api.get("settings").header("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("settings").status()).isEqualTo(200);
    }

    @Test
    void anUnchangedAnswerIs304() {
        ApiClient.Answer first = api.get("labels");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        ApiClient.Answer again = api.get("labels", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.response().body()).isEmpty();
        assertThat(api.withKey("gz_wrong").get("labels", "If-None-Match", etag).status())
                .isEqualTo(401);
    }

    @Test
    void browsersOnAnyOriginMayRead() {
        ApiClient.Answer answer = api.get("settings", "Origin", "https://app.example.com");
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        ApiClient.Answer preflight = api.send(
                HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/articles"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                "Origin",
                "https://app.example.com",
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "authorization");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void theApiNeverSetsACookie() {
        for (ApiClient.Answer answer : new ApiClient.Answer[] {
            api.get("articles"),
            api.get("articles/999999"),
            api.withKey(null).get("articles"),
            api.get("articles?limit=500"),
            api.withKey(null).get("openapi.json")
        }) {
            assertThat(answer.headers()).doesNotContainKey("set-cookie");
        }
    }

    @Test
    void theDocumentNeedsNoKey() {
        ApiClient.Answer document = api.withKey(null).get("openapi.json");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("openapi").asString()).isEqualTo("3.1.0");
    }
}
