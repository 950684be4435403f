package app.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentPolicyTest {

    private static final Instant NOW = Instant.parse("2019-02-09T10:15:30Z");

    private final CommentPolicy policy =
            new CommentPolicy(Duration.ofSeconds(3), Duration.ofSeconds(15), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFormFilledInForThreeSecondsOrMoreIsNotSpam() {
        assertThat(policy.isSpam(false, NOW.minusSeconds(3))).isFalse();
        assertThat(policy.isSpam(false, NOW.minusSeconds(3600))).isFalse();
    }

    @Test
    void aFormSentWithinThreeSecondsOfRenderingIsSpam() {
        assertThat(policy.isSpam(false, NOW.minusMillis(2999))).isTrue();
        assertThat(policy.isSpam(false, NOW)).isTrue();
        assertThat(policy.isSpam(false, NOW.plusSeconds(60)))
                .as("rendered in the future")
                .isTrue();
    }

    @Test
    void aFilledHoneypotOrAMissingRenderTimeIsSpam() {
        assertThat(policy.isSpam(true, NOW.minusSeconds(60))).isTrue();
        assertThat(policy.isSpam(false, null)).isTrue();
    }

    @Test
    void aZeroMinimumAcceptsAFormAtOnce() {
        CommentPolicy instant =
                new CommentPolicy(Duration.ZERO, Duration.ofSeconds(15), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(instant.isSpam(false, NOW)).isFalse();
    }

    @Test
    void floodsCountFromFifteenSecondsAgo() {
        assertThat(policy.floodSince()).isEqualTo(NOW.minusSeconds(15));
        assertThat(policy.floodWindow()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void oneLinkIsFineTwoAreHeld() {
        assertThat(policy.mustHold("See https://example.org.", List.of())).isFalse();
        assertThat(policy.mustHold("See https://example.org and http://example.net", List.of()))
                .isTrue();
        assertThat(policy.mustHold("https://a.example https://a.example", List.of()))
                .isTrue();
    }

    @Test
    void bannedWordsHoldAsWholeWordsInAnyCase() {
        List<String> banned = List.of("casino", "cheap pills", "  ");

        assertThat(policy.mustHold("Best CASINO in town", banned)).isTrue();
        assertThat(policy.mustHold("casino!", banned)).isTrue();
        assertThat(policy.mustHold("Cheap\n  Pills here", banned)).isTrue();
        assertThat(policy.mustHold("Casinos and occasional casino_royale", banned))
                .isFalse();
        assertThat(policy.mustHold("cheap pillsbury", banned)).isFalse();
        assertThat(policy.mustHold("Nothing to see", banned)).isFalse();
    }

    @Test
    void bannedWordsAreMatchedLiterallyNotAsPatterns() {
        assertThat(policy.mustHold("anything at all", List.of(".*"))).isFalse();
        assertThat(policy.mustHold("a c++ fan", List.of("c++"))).isTrue();
        assertThat(policy.mustHold("Ärger im Büro", List.of("ärger"))).isTrue();
    }
}
