package app.gazette.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit-log entries, in the caller's transaction when there is one (a change rolled back
 * leaves no entry), else in one of its own. Who: the signed-in member now, or {@link #SYSTEM} when
 * none is (a background job); from where: the current request's client address as the app sees it
 * behind proxies (Tomcat's RemoteIpValve), none outside a request. Called by this module's listeners
 * only: other features announce events (see package-info).
 */
@Service
public class AuditTrail {

    /** The actor of changes no signed-in member made. */
    public static final String SYSTEM = "system";

    private final AuditRepository entries;
    private final Clock clock;

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** An entry by the signed-in member from the current request's address. */
    public void record(AuditAction action, String target) {
        record(currentUser(), action, target, currentAddress());
    }

    public void record(String username, AuditAction action, String target, String address) {
        entries.save(new AuditEntry(clock.instant(), username, action, target, address));
    }

    static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return SYSTEM;
        }
        return auth.getName();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
