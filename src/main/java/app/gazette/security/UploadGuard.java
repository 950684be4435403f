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
 * only for a signed-in admin, or for any signed-in member on the picture uploads. Runs before the CSRF check, which would otherwise unpack the upload
 * to temporary files for anyone, signed in or not, just to find the token in it.
 */
class UploadGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (isLarge(request) && !isAdmin(signedIn) && !(isMember(signedIn) && isMediaUpload(request))) {
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

    private static boolean isMediaUpload(HttpServletRequest request) {
        return SiteAreas.MEDIA_UPLOADS.contains(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isAdmin(Authentication authentication) {
        return hasRole(authentication, SecurityConfig.ADMIN);
    }

    private static boolean isMember(Authentication authentication) {
        return isAdmin(authentication)
                || hasRole(authentication, SecurityConfig.EDITOR)
                || hasRole(authentication, SecurityConfig.AUTHOR)
                || hasRole(authentication, SecurityConfig.CONTRIBUTOR);
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + role)::equals);
    }
}
