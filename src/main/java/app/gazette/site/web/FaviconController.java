package app.gazette.site.web;

import app.gazette.shared.NotFoundException;
import app.gazette.site.SiteLogo;
import app.gazette.site.SiteLogos;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /favicon.ico, which browsers and feed readers ask for without reading the page: the logo's smallest
 * icon (a PNG) when a logo is set, cached like a page; none otherwise (pages link /favicon.svg).
 */
@Controller
class FaviconController {

    private final SiteLogos logos;

    FaviconController(SiteLogos logos) {
        this.logos = logos;
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        String url = logos.current()
                .flatMap(SiteLogo::favicon)
                .orElseThrow(NotFoundException::new)
                .url();
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();
    }
}
