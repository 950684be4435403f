package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.RawHttp;
import app.gazette.support.SignedInBrowser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Reader pages, newsroom pages and the sign-in form all send the safety headers; cookies are locked down. */
@AppTest
class SafetyHeadersTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern XSRF = Pattern.compile("XSRF-TOKEN=([^;]+)");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aReaderPageSendsTheSafetyHeaders() throws Exception {
        HttpResponse<String> home = new Browser(port).get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertSafetyHeaders(home.headers());
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theSignInPageAndANewsroomPageSendTheSafetyHeaders() throws Exception {
        SignedInBrowser editor = new SignedInBrowser(port);
        assertSafetyHeaders(editor.get("/login").headers());

        editor.logIn("admin", AppTest.ADMIN_PASSWORD);
        HttpResponse<String> dashboard = editor.get("/admin");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertSafetyHeaders(dashboard.headers());
    }

    @Test
    void tomcatsOwnErrorPagesSendTheSafetyHeaders() throws Exception {
        RawHttp.Response connect = RawHttp.send(port, "CONNECT localhost:" + port + " HTTP/1.1\r\nHost: localhost");
        RawHttp.Response encodedSlash = RawHttp.send(port, "GET /%2F HTTP/1.1\r\nHost: localhost");
        RawHttp.Response encodedSlashInAPage = RawHttp.send(port, "GET /label/a%2Fb HTTP/1.1\r\nHost: localhost");

        assertThat(connect.status()).isGreaterThanOrEqualTo(400);
        assertThat(encodedSlash.status()).isEqualTo(400);
        assertThat(encodedSlashInAPage.status()).isEqualTo(400);
        for (RawHttp.Response refused : List.of(connect, encodedSlash, encodedSlashInAPage)) {
            assertSafetyHeaders(refused.headers());
            assertThat(refused.body()).doesNotContain("Tomcat", "Apache");
        }
    }

    @Test
    void eachSafetyHeaderIsSentOnceOnRenderedCachedErrorAndNewsroomPages() throws Exception {
        Browser reader = new Browser(port);
        reader.get("/");
        for (String path : List.of("/", "/no/such/page", "/login")) {
            HttpHeaders headers = reader.get(path).headers();
            for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options")) {
                assertThat(headers.allValues(name)).as(path + " " + name).hasSize(1);
            }
        }
    }

    @Test
    void theSignInCookiesAreHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws Exception {
        HttpResponse<String> form = get("/login", false);
        assertThat(cookie(form.headers(), "XSRF-TOKEN"))
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/login")
                .doesNotContainIgnoringCase("Secure");

        HttpResponse<String> signedIn = signIn(form, false);

        assertThat(cookie(signedIn.headers(), "SESSION"))
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behindAnHttpsProxyTheSignInCookiesAreSecureBeforeAndAfterSigningIn() throws Exception {
        HttpResponse<String> form = get("/login", true);
        assertThat(cookie(form.headers(), "XSRF-TOKEN"))
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));

        HttpResponse<String> signedIn = signIn(form, true);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(cookie(signedIn.headers(), "SESSION"))
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    /** Posts the sign-in form with the token of the page and its cookie. */
    private HttpResponse<String> signIn(HttpResponse<String> form, boolean viaHttpsProxy) throws Exception {
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        Matcher formCookie = XSRF.matcher(cookie(form.headers(), "XSRF-TOKEN"));
        assertThat(formCookie.find()).isTrue();
        String fields = "username=admin&password=" + URLEncoder.encode(AppTest.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", "XSRF-TOKEN=" + formCookie.group(1))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields));
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpHeaders headers, String name) {
        return headers.allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + headers.map()));
    }

    private static void assertSafetyHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy"))
                .contains("default-src 'self'; object-src 'none'; "
                        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
    }
}
