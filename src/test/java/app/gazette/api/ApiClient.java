package app.gazette.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to the running app's API with a key (or none), answers read as JSON. */
public record ApiClient(HttpClient http, JsonMapper json, String base, String key) {

    public ApiClient(int port, JsonMapper json, String key) {
        this(HttpClient.newHttpClient(), json, "http://localhost:" + port, key);
    }

    public ApiClient withKey(String other) {
        return new ApiClient(http, json, base, other);
    }

    /** GET the path (under /api/v1 unless it starts with /) with the key in ?key=. */
    public Answer get(String path, String... headers) {
        String url = base + (path.startsWith("/") ? path : "/api/v1/" + path);
        if (key != null) {
            url += (url.contains("?") ? "&" : "?") + "key=" + key;
        }
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    public Answer send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(HttpResponse<String> response, JsonMapper json) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public Map<String, java.util.List<String>> headers() {
            return response.headers().map();
        }

        public JsonNode body() {
            return json.readTree(response.body());
        }
    }
}
