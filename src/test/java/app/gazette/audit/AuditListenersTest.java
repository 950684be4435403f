package app.gazette.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleChange;
import app.gazette.article.ArticleChanged;
import app.gazette.backup.SiteRestored;
import app.gazette.importing.ImportFinished;
import app.gazette.importing.ImportStarted;
import app.gazette.media.MediaDeleted;
import app.gazette.site.SettingsChanged;
import app.gazette.support.MutableClock;
import app.gazette.user.Role;
import app.gazette.user.TwoFactorChanged;
import app.gazette.user.UserAccountChanged;
import app.gazette.user.UserAccountChanged.Change;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Each kind of event becomes one entry: who (the signed-in member, the event's user, or the name
 * tried), what, and from which address; written with the change, so a rolled-back change leaves none.
 * Outside a test transaction, as in the app.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({AuditTrail.class, AuditListeners.class, SignInAudit.class, AuditListenersTest.Time.class})
class AuditListenersTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-03-01T09:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditRepository entries;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void adaSignedInFromAnAddress() {
        entries.deleteAll();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ada", null, List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.5");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void articleActionsAreRecordedAsTheSignedInMemberButPlainSavesAreNot() {
        for (ArticleChange change : ArticleChange.values()) {
            events.publishEvent(new ArticleChanged(12, "harbour", "Harbour", change, false, true, EARLIER));
        }

        assertThat(lines())
                .containsExactlyInAnyOrder(
                        "ada article.created #12 'Harbour' 203.0.113.5",
                        "ada article.submitted #12 'Harbour' 203.0.113.5",
                        "ada article.published #12 'Harbour' 203.0.113.5",
                        "ada article.scheduled #12 'Harbour' 203.0.113.5",
                        "ada article.unpublished #12 'Harbour' 203.0.113.5",
                        "ada article.revision-restored #12 'Harbour' 203.0.113.5",
                        "ada article.trashed #12 'Harbour' 203.0.113.5",
                        "ada article.restored #12 'Harbour' 203.0.113.5",
                        "ada article.deleted #12 'Harbour' 203.0.113.5");
        assertThat(entries.findAll())
                .allSatisfy(e -> assertThat(e.toView().at()).isEqualTo(NOW));
    }

    @Test
    void accountSettingsAndMediaChangesAreRecorded() {
        events.publishEvent(new UserAccountChanged(3, "bob", Change.ROLE_CHANGED, Role.ADMIN));
        events.publishEvent(new UserAccountChanged(3, "bob", Change.DISABLED, Role.ADMIN));
        events.publishEvent(new SettingsChanged("logo"));
        events.publishEvent(new MediaDeleted(5, "photo.jpg"));

        assertThat(lines())
                .containsExactlyInAnyOrder(
                        "ada user.role-changed 'bob' (ADMIN) 203.0.113.5",
                        "ada user.disabled 'bob' (ADMIN) 203.0.113.5",
                        "ada settings.changed logo 203.0.113.5",
                        "ada media.deleted #5 'photo.jpg' 203.0.113.5");
    }

    @Test
    void importsAndRestoresAreRecordedUnderTheAdminWhoStartedThem() {
        SecurityContextHolder.clearContext();
        events.publishEvent(new ImportStarted(7, "WORDPRESS", "export.xml", "root"));
        events.publishEvent(new SiteRestored("root", 30, 2));
        RequestContextHolder.resetRequestAttributes();
        events.publishEvent(new ImportFinished(7, "root", true, 10, 20));
        events.publishEvent(new ImportFinished(8, "root", false, 0, 0));

        assertThat(lines())
                .containsExactlyInAnyOrder(
                        "root import.started #7 WORDPRESS 'export.xml' 203.0.113.5",
                        "root backup.restored 30 articles, 2 accounts 203.0.113.5",
                        "root import.done #7: 10 posts, 20 comments new null",
                        "root import.failed #8 null");
    }

    @Test
    void twoFactorChangesAreRecordedAndARecoveryCodeUnderItsOwner() {
        events.publishEvent(new TwoFactorChanged("ada", TwoFactorChanged.Change.ENABLED));
        events.publishEvent(new TwoFactorChanged("ada", TwoFactorChanged.Change.DISABLED));
        events.publishEvent(new TwoFactorChanged(null, TwoFactorChanged.Change.REQUIRED_FOR_STAFF));
        events.publishEvent(new TwoFactorChanged(null, TwoFactorChanged.Change.NOT_REQUIRED_FOR_STAFF));
        SecurityContextHolder.clearContext();
        events.publishEvent(new TwoFactorChanged("bob", TwoFactorChanged.Change.RECOVERY_CODE_USED));

        assertThat(lines())
                .containsExactlyInAnyOrder(
                        "ada two-factor.enabled 'ada' 203.0.113.5",
                        "ada two-factor.disabled 'ada' 203.0.113.5",
                        "ada two-factor.required all staff 203.0.113.5",
                        "ada two-factor.not-required all staff 203.0.113.5",
                        "bob two-factor.recovery-code-used 'bob' 203.0.113.5");
    }

    @Test
    void aChangeNobodySignedInMadeIsTheSystems() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();

        events.publishEvent(new UserAccountChanged(1, "admin", Change.CREATED, Role.ADMIN));

        assertThat(lines()).containsExactly("system user.created 'admin' (ADMIN) null");
    }

    @Test
    void signInsFailedSignInsAndSignOutsAreRecordedWithTheFormsAddress() {
        UsernamePasswordAuthenticationToken bob =
                UsernamePasswordAuthenticationToken.authenticated("bob", null, List.of());
        bob.setDetails(new WebAuthenticationDetails("198.51.100.7", null));
        UsernamePasswordAuthenticationToken tried =
                UsernamePasswordAuthenticationToken.unauthenticated(" mallory\u0007", "x");
        tried.setDetails(new WebAuthenticationDetails("198.51.100.8", null));
        UsernamePasswordAuthenticationToken nobody = UsernamePasswordAuthenticationToken.unauthenticated("  ", "x");

        events.publishEvent(new AuthenticationSuccessEvent(bob));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(tried, new BadCredentialsException("no")));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(nobody, new BadCredentialsException("no")));
        events.publishEvent(new LogoutSuccessEvent(bob));

        assertThat(lines())
                .containsExactlyInAnyOrder(
                        "bob sign-in.ok null 198.51.100.7",
                        "mallory sign-in.failed null 198.51.100.8",
                        "anonymous sign-in.failed null 203.0.113.5",
                        "bob sign-out null 198.51.100.7");
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndACommittedOneDoes() {
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            events.publishEvent(new ArticleChanged(12, "harbour", "Harbour", ArticleChange.DELETED, true, false, NOW));
            status.setRollbackOnly();
        });
        assertThat(lines()).isEmpty();

        tx.executeWithoutResult(status -> events.publishEvent(
                new ArticleChanged(12, "harbour", "Harbour", ArticleChange.DELETED, true, false, NOW)));
        assertThat(lines()).containsExactly("ada article.deleted #12 'Harbour' 203.0.113.5");
    }

    private List<String> lines() {
        return entries.findAll().stream()
                .map(AuditEntry::toView)
                .map(e -> e.username() + " " + e.action() + " " + e.target() + " " + e.address())
                .toList();
    }
}
