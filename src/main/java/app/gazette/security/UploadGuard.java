package app.gazette.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Large uploads (a body over the newsroom's 5 MB, or a multipart body of unknown length) are read
 * only for a signed-in admin. Runs before the CSRF check, which would otherwise unpack the upload
 * to temporary files for anyone, signed in or not, just to find the token in it.
 */
class UploadGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLarge(request) && !isAdmin(SecurityContextHolder.getContext().getAuthentication())) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isLarge(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return length > SiteAreas.NEWSROOM_BODY_LIMIT || (length < 0 && multipart);
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + SecurityConfig.ADMIN)::equals);
    }
}
