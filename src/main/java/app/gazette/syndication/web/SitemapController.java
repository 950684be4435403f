package app.gazette.syndication.web;

import app.gazette.shared.NotFoundException;
import app.gazette.site.SiteAddress;
import app.gazette.syndication.Sitemaps;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Sitemaps for search engines and the robots.txt that points to them. */
@RestController
class SitemapController {

    private static final String XML = "application/xml;charset=UTF-8";

    private final Sitemaps sitemaps;
    private final SiteAddress address;

    SitemapController(Sitemaps sitemaps, SiteAddress address) {
        this.sitemaps = sitemaps;
        this.address = address;
    }

    /** The only sitemap, or the index of its parts once there are too many URLs for one. */
    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletResponse response) throws IOException {
        int parts = sitemaps.parts();
        response.setContentType(XML);
        if (parts > 1) {
            sitemaps.writeIndex(base(), parts, response.getOutputStream());
        } else {
            sitemaps.writePart(base(), 1, response.getOutputStream());
        }
    }

    @GetMapping("/sitemap-{part:\\d{1,9}}.xml")
    void part(@PathVariable int part, HttpServletResponse response) throws IOException {
        if (part < 1 || part > sitemaps.parts()) {
            throw new NotFoundException();
        }
        response.setContentType(XML);
        sitemaps.writePart(base(), part, response.getOutputStream());
    }

    @GetMapping("/news-sitemap.xml")
    void news(HttpServletResponse response) throws IOException {
        response.setContentType(XML);
        sitemaps.writeNews(base(), response.getOutputStream());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String robots = String.join(
                "\n",
                "User-agent: *",
                "Disallow: /admin",
                "Disallow: /login",
                "",
                "Sitemap: " + base() + "/sitemap.xml",
                "Sitemap: " + base() + "/news-sitemap.xml",
                "");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(robots);
    }

    /** The configured public base URL, never the request's host. */
    private String base() {
        return address.base();
    }
}
