package app.gazette.security.web;

import app.gazette.security.LoginGuard;
import app.gazette.security.LoginLock;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page, its "locked" page (429) and the newsroom's 403 page. */
@Controller
@AdminPage
class NewsroomController {

    private final SiteFormats formats;

    NewsroomController(SiteFormats formats) {
        this.formats = formats;
    }

    @GetMapping("/login")
    String login() {
        return "admin/login";
    }

    /** Forwarded here by the login guard, with the lock; anyone else goes back to the form. */
    @RequestMapping("/login/locked")
    String locked(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(LoginGuard.LOCK) instanceof LoginLock lock)) {
            return "redirect:/login";
        }
        response.setStatus(429);
        model.addAttribute("retryAt", formats.dateTime(lock.until()));
        model.addAttribute("minutes", Math.max(1, (lock.left().toSeconds() + 59) / 60));
        return "admin/locked";
    }

    @RequestMapping("/admin/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "admin/forbidden";
    }
}
