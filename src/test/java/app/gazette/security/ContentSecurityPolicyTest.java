package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Images from this site, plus exactly the public media host when one is configured; nothing wider. */
class ContentSecurityPolicyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void withoutAPublicMediaHostEverythingComesFromThisSiteOnly(String url) {
        assertThat(ContentSecurityPolicy.withMediaFrom(url))
                .isEqualTo("default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
                        + " form-action 'self'");
    }

    @Test
    void aPublicMediaHostIsAddedToImagesOnlyAsItsOriginWithoutThePath() {
        assertThat(ContentSecurityPolicy.withMediaFrom("https://CDN.example.org/gazette/media/"))
                .isEqualTo("default-src 'self'; img-src 'self' https://cdn.example.org; object-src 'none';"
                        + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    }

    @Test
    void aPortIsPartOfTheHost() {
        assertThat(ContentSecurityPolicy.origin("http://127.0.0.1:9000/gazette-media"))
                .isEqualTo("http://127.0.0.1:9000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cdn.example.org",
                "//cdn.example.org",
                "ftp://cdn.example.org",
                "https://*.example.org",
                "https://user:secret@cdn.example.org",
                "https://cdn.example.org; script-src *",
                "javascript:alert(1)",
                "data:image/png;base64,AAAA"
            })
    void anythingButAnHttpUrlWithAHostIsRefusedAtStart(String url) {
        assertThatThrownBy(() -> ContentSecurityPolicy.withMediaFrom(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gazette.media.public-base-url");
    }
}
