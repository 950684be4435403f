package app.gazette.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a server-side row for visitors who have no session: the sign-in form's token
 * lives in an HttpOnly, same-site cookie sent only to /login (Spring's double-submit cookie; a
 * signature would add nothing, as anyone can fetch a fresh token). A signed-in member's token
 * stays in their session, as before.
 */
class SignInCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository inCookie = new CookieCsrfTokenRepository();

    SignInCsrfTokens() {
        inCookie.setCookieName(COOKIE);
        inCookie.setCookiePath("/login");
        inCookie.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return repository(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        repository(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return repository(request).loadToken(request);
    }

    private CsrfTokenRepository repository(HttpServletRequest request) {
        return request.getSession(false) != null ? inSession : inCookie;
    }
}
