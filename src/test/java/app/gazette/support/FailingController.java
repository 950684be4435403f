package app.gazette.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fails on purpose, to show what a reader sees of an unexpected error. */
@RestController
class FailingController {

    static final String SECRET = "secret-detail-from-the-database";

    @GetMapping("/test/failure")
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
