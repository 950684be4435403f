package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesAreMade() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(10);
        assertThat(new HashSet<>(codes)).hasSize(10);
    }

    @Test
    void aStoredCodeMatchesItselfTypedAnyCaseWithOrWithoutDashes() {
        String code = RecoveryCodes.generate().get(0);
        String stored = RecoveryCodes.hash(code);

        assertThat(stored).doesNotContain(RecoveryCodes.normalised(code));
        assertThat(RecoveryCodes.matches(code, stored)).isTrue();
        assertThat(RecoveryCodes.matches(" " + code.toUpperCase().replace("-", " ") + " ", stored))
                .isTrue();
        assertThat(RecoveryCodes.matches(RecoveryCodes.generate().get(0), stored))
                .isFalse();
    }

    @Test
    void theSameCodeIsSaltedDifferentlyEachTime() {
        assertThat(RecoveryCodes.hash("abcd-efgh")).isNotEqualTo(RecoveryCodes.hash("abcd-efgh"));
    }
}
