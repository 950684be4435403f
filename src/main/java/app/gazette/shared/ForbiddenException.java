package app.gazette.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown by a service when the signed-in member's role does not allow what they asked: Spring
 * Security answers it like a forbidden URL, with the newsroom's 403 page.
 */
public class ForbiddenException extends AccessDeniedException {

    public ForbiddenException() {
        super("forbidden");
    }
}
