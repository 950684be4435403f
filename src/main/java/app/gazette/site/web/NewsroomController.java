package app.gazette.site.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page and the newsroom's 403 page. */
@Controller
@AdminPage
class NewsroomController {

    @GetMapping("/login")
    String login() {
        return "admin/login";
    }

    @RequestMapping("/admin/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "admin/forbidden";
    }
}
