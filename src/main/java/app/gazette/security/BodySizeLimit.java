package app.gazette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over their area's limit ({@link SiteAreas#bodyLimit}) with the 413 page,
 * counting the bytes actually sent: a declared length over it is refused unread; a body of unknown
 * length (chunked) is read through the limit, a form into memory before anything parses it
 * ({@link LimitedBody}). Multipart bodies of unknown length are taken only by the upload paths,
 * whose limit is the multipart one (application.properties); Tomcat's own form limit is above these.
 */
public class BodySizeLimit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = SiteAreas.bodyLimit(path);
        if (request.getContentLengthLong() > limit) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } else if (request.getContentLengthLong() >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
        } else if (isType(request, "application/x-www-form-urlencoded")) {
            readForm(request, response, chain, limit);
        } else if (isType(request, "multipart/")) {
            if (SiteAreas.UPLOAD_LIMITS.containsKey(path)) {
                chain.doFilter(request, response);
            } else {
                refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED);
            }
        } else {
            chain.doFilter(new LimitedBody(request, limit), response);
        }
    }

    private static void readForm(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, long limit)
            throws ServletException, IOException {
        LimitedBody form;
        try {
            form = LimitedBody.form(request, limit);
        } catch (LimitedBody.TooLarge e) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        } catch (IllegalArgumentException malformed) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(form, response);
    }

    private static boolean isType(HttpServletRequest request, String type) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(type);
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(status);
    }
}
