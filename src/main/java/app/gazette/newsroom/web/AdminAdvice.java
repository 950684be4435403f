package app.gazette.newsroom.web;

import app.gazette.shared.web.AdminPage;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user, for the admin layout's navigation (admins see Users and Settings). */
@ControllerAdvice(annotations = AdminPage.class)
class AdminAdvice {

    @ModelAttribute("me")
    Me me(Principal principal) {
        if (!(principal instanceof Authentication authentication)) {
            return null;
        }
        boolean admin = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_ADMIN"::equals);
        return new Me(authentication.getName(), admin);
    }

    record Me(String username, boolean admin) {}
}
