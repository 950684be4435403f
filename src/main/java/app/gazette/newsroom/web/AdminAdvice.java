package app.gazette.newsroom.web;

import app.gazette.shared.web.AdminPage;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in user, for the admin layout's navigation: admins see Users and Settings, editors and
 * admins Comments and the review queue. The services enforce the same rules; this only hides links.
 */
@ControllerAdvice(annotations = AdminPage.class)
class AdminAdvice {

    @ModelAttribute("me")
    Me me(Principal principal) {
        return principal instanceof Authentication authentication ? Me.of(authentication) : null;
    }

    record Me(String username, boolean admin, boolean editor) {

        static Me of(Authentication authentication) {
            Set<String> roles = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            boolean admin = roles.contains("ROLE_ADMIN");
            return new Me(authentication.getName(), admin, admin || roles.contains("ROLE_EDITOR"));
        }
    }
}
