package app.gazette.audit;

import app.gazette.shared.LoginNames;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ins (Spring Security's authentication events), failed ones under the name tried ("anonymous"
 * when none), and sign-outs, each in a transaction of its own: nothing else is written with them.
 * The address is the one the sign-in form's request came from.
 */
@Component
class SignInAudit {

    static final String ANONYMOUS = "anonymous";

    private final AuditTrail trail;
    private final TransactionTemplate ownTx;

    SignInAudit(AuditTrail trail, PlatformTransactionManager transactions) {
        this.trail = trail;
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), AuditAction.SIGN_IN, event.getAuthentication());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String tried = printable(
                LoginNames.trimmed(String.valueOf(event.getAuthentication().getName())));
        record(tried.isEmpty() ? ANONYMOUS : tried, AuditAction.SIGN_IN_FAILED, event.getAuthentication());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        record(event.getAuthentication().getName(), AuditAction.SIGN_OUT, event.getAuthentication());
    }

    private void record(String username, AuditAction action, Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : AuditTrail.currentAddress();
        ownTx.executeWithoutResult(status -> trail.record(username, action, null, address));
    }

    private static String printable(String text) {
        return text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
