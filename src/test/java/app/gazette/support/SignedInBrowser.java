package app.gazette.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that keeps cookies and sends each form with the CSRF token of the page it came from;
 * optionally through the local proxy, for a client at another address (X-Forwarded-For).
 */
public final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;
    private final String forwardedFor;

    public SignedInBrowser(int port) {
        this(port, null);
    }

    public SignedInBrowser(int port, String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens formPage, then posts the fields with that page's CSRF token to action. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(action, fields, csrfToken(formPage));
    }

    /** The CSRF token of this session, read from a page with a form. */
    public String csrfToken(String formPage) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        return token.group(1);
    }

    /** Posts the fields with a token got before from {@link #csrfToken}. */
    public HttpResponse<String> post(String action, Map<String, String> fields, String csrfToken)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken);
        String form = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                request(action)
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a cookie this browser keeps, if it has one. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }
}
