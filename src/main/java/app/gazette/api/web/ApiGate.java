package app.gazette.api.web;

import app.gazette.api.keys.ContentKeys;
import app.gazette.api.limit.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of /api/: CORS (preflights answered here), GET and HEAD only, a valid content key
 * ({@code ?key=} or {@code Authorization: Bearer}) and the key's rate limit, before security or a
 * controller runs; the OpenAPI document needs no key. Every error below it, whoever answers it, is
 * the API's JSON error, never an HTML page or a stack trace.
 */
class ApiGate extends OncePerRequestFilter {

    static final String DOCUMENT = "/api/v1/openapi.json";
    static final String CACHE_CONTROL = "private, no-cache";

    private static final Logger log = LoggerFactory.getLogger(ApiGate.class);
    private static final String BEARER = "Bearer ";

    private final ContentKeys keys;
    private final RateLimiter limiter;
    private final ApiErrors errors;
    private final CorsConfiguration cors;
    private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

    ApiGate(ContentKeys keys, RateLimiter limiter, ApiErrors errors, CorsConfiguration cors) {
        this.keys = keys;
        this.limiter = limiter;
        this.errors = errors;
        this.cors = cors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (cors != null && !corsProcessor.processRequest(cors, request, response)) {
            return;
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            if (cors == null) {
                chain.doFilter(request, response);
            } else {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            return;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            if ("OPTIONS".equals(method)) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            errors.write(response, ApiProblem.of(HttpServletResponse.SC_METHOD_NOT_ALLOWED));
            return;
        }
        response.addHeader("Vary", "Authorization, Accept-Encoding");
        try {
            if (!request.getRequestURI().equals(request.getContextPath() + DOCUMENT) && !admitted(request, response)) {
                return;
            }
            response.setHeader("Cache-Control", CACHE_CONTROL);
            chain.doFilter(request, new JsonErrors(response));
        } catch (IOException | ServletException | RuntimeException e) {
            log.error("Content API request failed", e);
            errors.write(response, ApiProblem.of(HttpServletResponse.SC_INTERNAL_SERVER_ERROR));
        }
    }

    /** Whether the request carries a valid key within its limit; if not, the error is sent. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> key;
        try {
            key = keys.authenticate(secret(request));
        } catch (IllegalArgumentException | IllegalStateException undecodable) {
            errors.write(response, ApiProblem.of(HttpServletResponse.SC_BAD_REQUEST));
            return false;
        }
        if (key.isEmpty()) {
            boolean given = secret(request) != null;
            response.setHeader("WWW-Authenticate", "Bearer");
            errors.write(response, new ApiProblem(401, given ? "api.error.key.invalid" : "api.error.key.missing"));
            return false;
        }
        RateLimiter.Decision decision = limiter.take(key.get());
        if (!decision.allowed()) {
            response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            errors.write(response, new ApiProblem(429, "api.error.rateLimited", decision.limit()));
            return false;
        }
        return true;
    }

    /** The key from the Authorization header, else from {@code ?key=}; null when neither. */
    private static String secret(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).strip();
        }
        return request.getParameter("key");
    }

    /** Errors sent by anything below (Spring, Tomcat's parameter checks) become the API's JSON errors. */
    private final class JsonErrors extends HttpServletResponseWrapper {

        JsonErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            errors.write((HttpServletResponse) getResponse(), ApiProblem.of(status));
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }
    }
}
