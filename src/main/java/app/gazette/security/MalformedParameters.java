package app.gazette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query or form the container cannot decode (say ?y=%E0%A4) gets the 400 page and one debug line,
 * wherever it is first read, instead of an error with a stack trace in the log for each request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedParameters extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParameters.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isMalformedParameter(e)) {
                throw e;
            }
            log.debug("400 for undecodable parameters: {} {}", request.getMethod(), request.getRequestURI());
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
    }

    private static boolean isMalformedParameter(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }
}
