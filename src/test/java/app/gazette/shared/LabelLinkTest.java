package app.gazette.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A label's URL is one path segment servers and browsers pass on as it is, and names it back. */
class LabelLinkTest {

    @Test
    void labelsWithSlashBackslashSemicolonOrDotsGetOneSafeSegmentThatReadsBack() {
        for (String name : new String[] {
            "a/b", "a\\b", "a;b", ".", "..", "x.y", "~", "a~2Fb", "100% local", "Politics", "../../admin", "é/ü"
        }) {
            String url = LabelLink.of(name).url();
            String segment = url.substring("/label/".length());

            assertThat(segment).as(name).doesNotContain("/", "\\", ";", "%2F", "%5C", "%3B", "%2E");
            assertThat(segment).as(name).isNotIn(".", "..");
            assertThat(LabelLink.nameOf(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)))
                    .as(name)
                    .isEqualTo(name);
        }
    }

    @Test
    void ordinaryNamesKeepTheirUrls() {
        assertThat(LabelLink.of("World News").url()).isEqualTo("/label/World%20News");
        assertThat(LabelLink.of("U.S.").url()).isEqualTo("/label/U.S.");
        assertThat(LabelLink.nameOf("U.S.")).isEqualTo("U.S.");
    }
}
