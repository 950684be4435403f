package app.gazette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a locked sign-in away before its password is checked, even a right one: 429 and the page
 * at {@link #LOCKED_PAGE}, which says when to try again.
 */
class LoginLockFilter extends OncePerRequestFilter {

    static final String LOCKED_PAGE = "/login/locked";

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login");

    private final LoginGuard guard;

    LoginLockFilter(LoginGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LoginLock> lock = guard.lock(request.getParameter("username"), request.getRemoteAddr());
        if (lock.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(LoginGuard.LOCK, lock.get());
        response.setStatus(429);
        response.setHeader(
                "Retry-After", Long.toString(Math.max(1, lock.get().left().toSeconds())));
        request.getRequestDispatcher(LOCKED_PAGE).forward(request, response);
    }
}
