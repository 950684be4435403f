package app.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

class CommentServiceTest {

    private static final Instant NOW = Instant.parse("2019-02-09T10:15:30Z");
    /** The render time of a form a person filled in: a minute before posting. */
    private static final Instant WRITTEN_FROM = NOW.minusSeconds(60);

    private final CommentRepository repository = mock(CommentRepository.class);

    private CommentService service(ModerationMode mode) {
        GazetteProperties properties = new GazetteProperties(
                ZoneId.of("Europe/London"),
                10,
                "EEEE d MMMM yyyy",
                "Gazette",
                "",
                new GazetteProperties.Comments(mode),
                new GazetteProperties.Admin("admin", ""));
        SettingsService settings = mock(SettingsService.class);
        when(settings.current()).thenReturn(Settings.initial(properties));
        when(repository.save(any())).thenAnswer(call -> {
            Comment stored = call.getArgument(0);
            ReflectionTestUtils.setField(stored, "id", 1L); // as the database assigns it
            return stored;
        });
        return new CommentService(
                repository,
                new SiteFormats(properties.timeZone(), Locale.UK, properties::dateHeaderPattern),
                settings,
                properties,
                Clock.fixed(NOW, ZoneOffset.UTC),
                mock(ApplicationEventPublisher.class));
    }

    private static NewComment comment(String email) {
        return new NewComment("Ada", email, "Nice piece.", "192.0.2.1", "Mozilla/5.0", WRITTEN_FROM, false);
    }

    private Comment saved() {
        ArgumentCaptor<Comment> captor = ArgumentCaptor.forClass(Comment.class);
        verify(repository).save(captor.capture());
        return captor.getValue();
    }

    @Test
    void moderationNoneApprovesAtOnce() {
        assertThat(service(ModerationMode.NONE).post(7, comment("new@example.org")))
                .isEqualTo(CommentStatus.APPROVED);
        assertThat(saved().getStatus()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void moderationAllHoldsEvenAKnownEmail() {
        when(repository.existsByAuthorEmailAndStatus(anyString(), any())).thenReturn(true);

        assertThat(service(ModerationMode.ALL).post(7, comment("known@example.org")))
                .isEqualTo(CommentStatus.PENDING);
        assertThat(saved().getStatus()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void firstTimeHoldsANewEmail() {
        when(repository.existsByAuthorEmailAndStatus("new@example.org", CommentStatus.APPROVED))
                .thenReturn(false);

        assertThat(service(ModerationMode.FIRST_TIME).post(7, comment("new@example.org")))
                .isEqualTo(CommentStatus.PENDING);
        assertThat(saved().getStatus()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void firstTimeApprovesAnEmailWithAnApprovedComment() {
        when(repository.existsByAuthorEmailAndStatus("known@example.org", CommentStatus.APPROVED))
                .thenReturn(true);

        assertThat(service(ModerationMode.FIRST_TIME).post(7, comment("  Known@Example.ORG ")))
                .isEqualTo(CommentStatus.APPROVED);
        assertThat(saved().getStatus()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void firstTimeHoldsACommentWithoutEmail() {
        when(repository.existsByAuthorEmailAndStatus(any(), any())).thenReturn(true);
        CommentService service = service(ModerationMode.FIRST_TIME);

        assertThat(service.post(7, comment(null))).isEqualTo(CommentStatus.PENDING);
        assertThat(service.post(7, comment("   "))).isEqualTo(CommentStatus.PENDING);
        verify(repository, never()).existsByAuthorEmailAndStatus(any(), any());
    }

    @Test
    void savedCommentKeepsTheNameAsTypedNormalisesTheEmailAndIsStampedWithTheClock() {
        String longAgent = "A".repeat(CommentService.MAX_USER_AGENT) + "EXTRA";
        service(ModerationMode.FIRST_TIME)
                .post(
                        42,
                        new NewComment(
                                "  Ada Whitlock \n",
                                " Ada@Example.ORG  ",
                                "Nice piece.",
                                "192.0.2.1",
                                longAgent,
                                WRITTEN_FROM,
                                false));

        Comment comment = saved();
        assertThat(comment.getArticleId()).isEqualTo(42);
        assertThat(comment.getAuthorName()).isEqualTo("  Ada Whitlock \n");
        assertThat(comment.getAuthorEmail()).isEqualTo("ada@example.org");
        assertThat(comment.getBody()).isEqualTo("Nice piece.");
        assertThat(comment.getStatus()).isEqualTo(CommentStatus.PENDING);
        assertThat(comment.getCreatedAt()).isEqualTo(NOW);
        assertThat(comment.getIp()).isEqualTo("192.0.2.1");
        assertThat(comment.getUserAgent())
                .hasSize(CommentService.MAX_USER_AGENT)
                .isEqualTo("A".repeat(500));
        assertThat(comment.isStaff()).isFalse();
        verify(repository).existsByAuthorEmailAndStatus("ada@example.org", CommentStatus.APPROVED);
    }

    @Test
    void blankEmailIsStoredAsNullAndShortOrMissingUserAgentIsKept() {
        CommentService service = service(ModerationMode.NONE);

        service.post(1, new NewComment("Ada", "  ", "x", null, null, WRITTEN_FROM, false));

        Comment comment = saved();
        assertThat(comment.getAuthorEmail()).isNull();
        assertThat(comment.getUserAgent()).isNull();
        assertThat(CommentService.normaliseEmail("Mixed@Case.Org")).isEqualTo("mixed@case.org");
    }

    @Test
    void approvedCountsOfNoArticlesIsEmptyWithoutAQuery() {
        assertThat(service(ModerationMode.FIRST_TIME).approvedCounts(List.of())).isEmpty();
        verifyNoInteractions(repository);
    }

    @Test
    void approvedCountsMapsArticleIdToCount() {
        when(repository.countApproved(List.of(1L, 2L, 3L)))
                .thenReturn(List.of(new CommentRepository.Count(1, 4), new CommentRepository.Count(3, 1)));

        Map<Long, Long> counts = service(ModerationMode.FIRST_TIME).approvedCounts(List.of(1L, 2L, 3L));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 4L, 3L, 1L));
    }
}
