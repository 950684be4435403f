package app.gazette.security;

import app.gazette.security.SignInRequirements.Step;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The sign-in steps after the password, as the additional authorization of every newsroom rule
 * (Spring Security 7's multi-factor mechanism, {@link SignInStepsConfig}): while a member has a step
 * left ({@link SignInRequirements}), only that step's page is open to them; any other newsroom page
 * is refused as missing the step's authority, and the refusal sends them to that page.
 */
public class SignInSteps implements AuthorizationManager<Object> {

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

    private final SignInRequirements requirements;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SignInSteps(SignInRequirements requirements) {
        this.requirements = requirements;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> supplier, Object secured) {
        Authentication authentication = supplier.get();
        if (authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication)) {
            return GRANTED;
        }
        Optional<Step> step = next(authentication);
        if (step.isEmpty() || secured instanceof RequestAuthorizationContext context && on(step.get(), context)) {
            return GRANTED;
        }
        return new AuthorityAuthorizationDecision(
                false, List.of(new SimpleGrantedAuthority(step.get().authority())));
    }

    /** The step this signed-in member has left, if any. */
    public Optional<Step> next(Authentication authentication) {
        return requirements.next(authentication.getName(), SecondFactor.passed(authentication));
    }

    /** Sends a refusal for a missing step to its page; any other refusal to the forbidden page. */
    AccessDeniedHandler deniedHandler(String forbiddenPage) {
        DelegatingMissingAuthorityAccessDeniedHandler.Builder builder =
                DelegatingMissingAuthorityAccessDeniedHandler.builder();
        for (Step step : Step.values()) {
            builder.addEntryPointFor(
                    (request, response, missing) -> redirects.sendRedirect(request, response, step.page()),
                    step.authority());
        }
        DelegatingMissingAuthorityAccessDeniedHandler handler = builder.build();
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage(forbiddenPage);
        handler.setDefaultAccessDeniedHandler(forbidden);
        return handler;
    }

    /** The step's page itself, and the pages under it (the enrolment's QR code and confirmation). */
    private static boolean on(Step step, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(step.page()) || step != Step.NEW_PASSWORD && path.startsWith(step.page() + "/");
    }
}
