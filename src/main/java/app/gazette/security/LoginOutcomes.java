package app.gazette.security;

import app.gazette.security.SignInRequirements.Step;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * The ways in and out of the sign-in form, none of which keeps anything in a session: a visitor
 * without one is sent to the form with the page they asked for ({@link ContinuePath}); each sign-in
 * is told to the {@link LoginGuard} (every failure counts: unknown login, wrong password, disabled
 * account; a right password does not clear the count while a second factor is still to come), then goes to that page or the dashboard, or back to the form with an error.
 */
class LoginOutcomes implements AuthenticationEntryPoint, AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String FORM = "/login";

    private final LoginGuard guard;
    private final SignInSteps steps;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    LoginOutcomes(LoginGuard guard, SignInSteps steps) {
        this.guard = guard;
        this.steps = steps;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        redirects.sendRedirect(
                request,
                response,
                ContinuePath.of(request)
                        .map(target -> FORM + "?" + ContinuePath.parameter(target))
                        .orElse(FORM));
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (steps.next(authentication)
                .filter(step -> step == Step.SECOND_FACTOR)
                .isEmpty()) {
            guard.succeeded(request.getParameter("username"), request.getRemoteAddr());
        }
        redirects.sendRedirect(request, response, target(request).orElse(ContinuePath.HOME));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        guard.failed(request.getParameter("username"), request.getRemoteAddr());
        redirects.sendRedirect(
                request,
                response,
                FORM + "?error"
                        + target(request)
                                .map(t -> "&" + ContinuePath.parameter(t))
                                .orElse(""));
    }

    private static Optional<String> target(HttpServletRequest request) {
        return ContinuePath.safe(request.getParameter(ContinuePath.PARAMETER));
    }
}
