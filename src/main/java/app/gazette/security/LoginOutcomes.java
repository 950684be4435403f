package app.gazette.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Tells the {@link LoginGuard} how each sign-in went (every failure counts: unknown login, wrong
 * password, disabled account), then goes on as form login would: to the page asked for or the
 * dashboard, or back to the form with an error.
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final LoginGuard guard;
    private final SavedRequestAwareAuthenticationSuccessHandler success =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final SimpleUrlAuthenticationFailureHandler failure;

    LoginOutcomes(LoginGuard guard, String successUrl, String failureUrl) {
        this.guard = guard;
        this.success.setDefaultTargetUrl(successUrl);
        this.failure = new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        guard.succeeded(request.getParameter("username"), request.getRemoteAddr());
        success.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        guard.failed(request.getParameter("username"), request.getRemoteAddr());
        failure.onAuthenticationFailure(request, response, exception);
    }
}
