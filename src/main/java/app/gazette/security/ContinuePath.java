package app.gazette.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * Where a visitor sent to the sign-in form goes once signed in: the newsroom page they asked for,
 * carried in the URL ({@code /login?continue=/admin/...}) rather than saved in a session, and
 * followed only when it is a plain local newsroom path (no other host, no dot segments).
 */
final class ContinuePath {

    static final String PARAMETER = "continue";
    static final String HOME = "/admin";

    private static final int LONGEST = 2000;
    private static final Pattern NEWSROOM =
            Pattern.compile("/admin(/[A-Za-z0-9._~!$&'()*+,=:@%-]*)*(\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.|%2e){1,2}(/|\\?|$)");

    private ContinuePath() {}

    /** The newsroom page a GET asked for (path and query), if it is one to come back to. */
    static Optional<String> of(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return safe(query == null ? path : path + "?" + query).filter(target -> !HOME.equals(target));
    }

    /** The candidate, if it is a local newsroom path that is safe to redirect to. */
    static Optional<String> safe(String candidate) {
        if (candidate == null
                || candidate.length() > LONGEST
                || !NEWSROOM.matcher(candidate).matches()) {
            return Optional.empty();
        }
        String path = candidate.split("\\?", 2)[0].toLowerCase(Locale.ROOT);
        return path.contains("//") || DOT_SEGMENT.matcher(path).find() ? Optional.empty() : Optional.of(candidate);
    }

    /** {@code continue=<target>} for a query string. */
    static String parameter(String target) {
        return PARAMETER + "=" + UriUtils.encodeQueryParam(target, StandardCharsets.UTF_8);
    }
}
