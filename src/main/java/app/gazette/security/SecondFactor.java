package app.gazette.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The second sign-in factor (a TOTP or recovery code) as Spring Security's multi-factor support
 * sees it: a {@link FactorGrantedAuthority} added to the session's authentication once a code is
 * right. Until then {@link SignInSteps} keeps a member with two-factor sign-in out of the newsroom.
 */
public final class SecondFactor {

    public static final String AUTHORITY = "FACTOR_TOTP";

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SecondFactor() {}

    public static boolean passed(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    /** Marks this session as past the second factor, under a new session id. */
    public static void grant(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || passed(current)) {
            return;
        }
        Authentication upgraded = current.toBuilder()
                .authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(AUTHORITY)))
                .build();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        SESSIONS.saveContext(context, request, response);
    }
}
