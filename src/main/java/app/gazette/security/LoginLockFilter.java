package app.gazette.security;

import app.gazette.shared.LoginNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a locked sign-in away before its password is checked, even a right one: 429 and the page
 * at {@link #LOCKED_PAGE}, which says when to try again. Passes the login on in its canonical form
 * ({@link LoginNames}), so the lock, the password check and the outcome all see the same name.
 */
class LoginLockFilter extends OncePerRequestFilter {

    static final String LOCKED_PAGE = "/login/locked";

    static final String USERNAME = "username";

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
        HttpServletRequest canonical = new CanonicalLogin(request);
        Optional<LoginLock> lock = guard.lock(canonical.getParameter(USERNAME), request.getRemoteAddr());
        if (lock.isEmpty()) {
            chain.doFilter(canonical, response);
            return;
        }
        request.setAttribute(LoginGuard.LOCK, lock.get());
        response.setStatus(429);
        response.setHeader(
                "Retry-After", Long.toString(Math.max(1, lock.get().left().toSeconds())));
        request.getRequestDispatcher(LOCKED_PAGE).forward(request, response);
    }

    /** The sign-in request with its login in canonical form. */
    private static final class CanonicalLogin extends HttpServletRequestWrapper {

        private final String login;

        CanonicalLogin(HttpServletRequest request) {
            super(request);
            this.login = LoginNames.canonical(request.getParameter(USERNAME));
        }

        @Override
        public String getParameter(String name) {
            return USERNAME.equals(name) ? login : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return USERNAME.equals(name) ? new String[] {login} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(USERNAME, new String[] {login});
            return Collections.unmodifiableMap(parameters);
        }
    }
}
