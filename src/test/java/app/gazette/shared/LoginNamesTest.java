package app.gazette.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One canonical form of a login name: what the lock, the sign-in and user creation compare. */
class LoginNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "Admin",
                " ADMIN\t",
                "admin\u0001",
                "\u0000admin",
                "admin\u001f\u007f",
                "admin\r\n",
                "admin\u200b",
                "\ufeffadmin",
                "\u00a0admin\u3000",
                "\uff41\uff44\uff4d\uff49\uff4e",
                "\uff21\uff24\uff2d\uff29\uff2e"
            })
    void everyWayOfWritingALoginHasOneCanonicalForm(String typed) {
        assertThat(LoginNames.canonical(typed)).isEqualTo("admin");
        assertThat(LoginNames.canonical(LoginNames.canonical(typed))).isEqualTo("admin");
    }

    @Test
    void aControlCharacterInsideStaysSoTheNameMatchesNoMember() {
        assertThat(LoginNames.canonical("ad\u0001min")).isEqualTo("ad\u0001min");
        assertThat(LoginNames.hasControlCharacters(LoginNames.canonical("ad\u0001min")))
                .isTrue();
        assertThat(LoginNames.hasControlCharacters("ad\u200bmin")).isTrue();
        assertThat(LoginNames.hasControlCharacters("ada.lovelace@example.org")).isFalse();
    }

    @Test
    void theStoredFormKeepsTheCaseButNotTheEdges() {
        assertThat(LoginNames.trimmed(" \uff21da\u0001")).isEqualTo("Ada");
        assertThat(LoginNames.canonical("Stra\u00dfe")).isEqualTo("strasse");
        assertThat(LoginNames.canonical(null)).isEmpty();
    }
}
