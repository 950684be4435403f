package app.gazette.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP client for a running app: no redirects followed, no cookies kept. Each browser
 * is a different reader: its requests come through the local proxy (X-Forwarded-For) from an
 * address of its own, so that the comment flood limit by IP does not mix up tests.
 */
public final class Browser {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern STAMP = Pattern.compile("name=\"(renderedAt|signature)\" value=\"([^\"]*)\"");
    private static final AtomicInteger READERS = new AtomicInteger();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String ip;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        int n = READERS.getAndIncrement();
        this.ip = "198.51." + (100 + n / 250 % 100) + "." + (n % 250 + 1);
    }

    /** The address the app sees this reader at. */
    public String ip() {
        return ip;
    }

    /** Opens the article like a reader, then posts its comment form with these fields. */
    public HttpResponse<String> postComment(String permalink, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher stamp = STAMP.matcher(get(permalink).body());
        while (stamp.find()) {
            all.putIfAbsent(stamp.group(1), stamp.group(2));
        }
        return postForm(permalink + "/comments", all, origin());
    }

    public String origin() {
        return base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", ACCEPT)
                        .header("X-Forwarded-For", ip)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String origin)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT)
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
