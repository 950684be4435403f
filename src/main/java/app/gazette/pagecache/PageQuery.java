package app.gazette.pagecache;

import app.gazette.security.FormDecoding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query parameters each reader page reads (its controller's, and what the page's metadata and
 * sections read): only these reach a cached page and its key, so a random query string is the page
 * itself. Canonical form: each known name once (its first non-empty value), in the listed order.
 */
record PageQuery(String query, Map<String, String[]> parameters) {

    private static final List<String> LIST = List.of("before", "after", "page");
    private static final List<Route> ROUTES = List.of(
            new Route("/", List.of("before", "after", "page", "p")),
            new Route("/search", List.of("q", "page")),
            new Route("/\\d{4}(/\\d{2})?", LIST),
            new Route("/(label|author)/[^/]+", LIST),
            new Route("/\\d{4}/\\d{2}/[^/]+", List.of("comment")),
            new Route("/feeds/(posts|comments)/default(/-/[^/]+)?", List.of("alt")));

    private record Route(Pattern path, List<String> names) {
        Route(String path, List<String> names) {
            this(Pattern.compile(path), names);
        }
    }

    /** The names a reader page at this path reads (none for feeds of Gazette's own, sitemaps, 404s). */
    static List<String> namesFor(String path) {
        return ROUTES.stream()
                .filter(route -> route.path().matcher(path).matches())
                .map(Route::names)
                .findFirst()
                .orElse(List.of());
    }

    /**
     * The canonical query of a request, or empty when a parameter the page reads cannot be decoded
     * (the full chain then answers it, with a 400).
     */
    static Optional<PageQuery> of(String path, String rawQuery) {
        List<String> names = namesFor(path);
        Map<String, String> found = new LinkedHashMap<>();
        if (rawQuery != null && !names.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (name == null || !names.contains(name) || found.containsKey(name) || equals < 0) {
                    continue;
                }
                String value = decode(pair.substring(equals + 1));
                if (value == null) {
                    return Optional.empty();
                }
                if (!value.isEmpty()) {
                    found.put(name, value);
                }
            }
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>();
        for (String name : names) {
            String value = found.get(name);
            if (value != null) {
                parameters.put(name, new String[] {value});
                pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return Optional.of(new PageQuery(pairs.isEmpty() ? null : String.join("&", pairs), parameters));
    }

    private static String decode(String text) {
        return FormDecoding.decode(text, StandardCharsets.UTF_8);
    }
}
