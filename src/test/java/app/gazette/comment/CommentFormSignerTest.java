package app.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.SiteSecrets;
import app.gazette.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CommentFormSignerTest {

    private static final Instant NOW = Instant.parse("2019-02-09T10:15:30.750Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final SiteSecrets secrets = mock(SiteSecrets.class);

    private CommentFormSigner signer(String configured) {
        GazetteProperties properties = new GazetteProperties(
                ZoneId.of("UTC"),
                10,
                "d.M.yyyy",
                "Gazette",
                "",
                new GazetteProperties.Comments(ModerationMode.FIRST_TIME, configured, 3, 15),
                new GazetteProperties.Admin("admin", ""));
        return new CommentFormSigner(properties, secrets, clock);
    }

    @Test
    void aStampVerifiesAsTheSecondItWasMadeLaterToo() {
        CommentFormSigner signer = signer("configured-secret");
        FormStamp stamp = signer.stamp();
        clock.advance(Duration.ofHours(5));

        assertThat(stamp.renderedAt()).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(signer.verify(stamp.renderedAt(), stamp.signature()))
                .contains(Instant.parse("2019-02-09T10:15:30Z"));
        verifyNoInteractions(secrets);
    }

    @Test
    void aChangedTimeOrSignatureDoesNotVerify() {
        CommentFormSigner signer = signer("configured-secret");
        FormStamp stamp = signer.stamp();
        String earlier = Long.toString(NOW.getEpochSecond() - 60);

        assertThat(signer.verify(earlier, stamp.signature())).isEmpty();
        assertThat(signer.verify(stamp.renderedAt(), stamp.signature() + "x")).isEmpty();
        assertThat(signer.verify(stamp.renderedAt(), stamp.signature().toUpperCase()))
                .isEmpty();
    }

    @Test
    void missingOrGarbledValuesDoNotVerify() {
        CommentFormSigner signer = signer("configured-secret");
        String signature = signer.stamp().signature();

        assertThat(signer.verify(null, signature)).isEmpty();
        assertThat(signer.verify("", signature)).isEmpty();
        assertThat(signer.verify("12x", signature)).isEmpty();
        assertThat(signer.verify("-5", signature)).isEmpty();
        assertThat(signer.verify("99999999999999999999", signature)).isEmpty();
        assertThat(signer.verify(signer.stamp().renderedAt(), null)).isEmpty();
        assertThat(signer.verify(signer.stamp().renderedAt(), "")).isEmpty();
    }

    @Test
    void aStampFromAnotherSecretDoesNotVerify() {
        FormStamp elsewhere = signer("another-secret").stamp();

        assertThat(signer("configured-secret").verify(elsewhere.renderedAt(), elsewhere.signature()))
                .isEmpty();
    }

    @Test
    void withoutAConfiguredSecretTheSharedDatabaseSecretIsUsedByEveryNode() {
        when(secrets.secret(CommentFormSigner.SECRET_NAME)).thenReturn("shared-database-secret");
        CommentFormSigner one = signer("");
        CommentFormSigner two = signer(null);

        FormStamp stamp = one.stamp();

        assertThat(two.verify(stamp.renderedAt(), stamp.signature())).isPresent();
        assertThat(signer("shared-database-secret").verify(stamp.renderedAt(), stamp.signature()))
                .isPresent();
        one.stamp();
        verify(secrets, times(2)).secret(CommentFormSigner.SECRET_NAME);
    }
}
