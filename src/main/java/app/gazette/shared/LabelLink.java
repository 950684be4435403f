package app.gazette.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** A label as readers see it: its name and the URL of its page. */
public record LabelLink(String name, String url) {

    public static LabelLink of(String name) {
        return new LabelLink(name, "/label/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8));
    }
}
