package app.gazette.audit;

import app.gazette.article.ArticleChanged;
import app.gazette.backup.SiteRestored;
import app.gazette.importing.ImportFinished;
import app.gazette.importing.ImportStarted;
import app.gazette.media.MediaDeleted;
import app.gazette.site.SettingsChanged;
import app.gazette.user.TwoFactorChanged;
import app.gazette.user.UserAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the newsroom's events into audit-log entries. Synchronous on purpose: each runs in the
 * publisher's thread and transaction, so the entry commits or rolls back with the change, and the
 * signed-in member and request address are still at hand. An article's plain saves are not logged.
 */
@Component
class AuditListeners {

    private final AuditTrail trail;

    AuditListeners(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ArticleChanged changed) {
        AuditAction action = switch (changed.change()) {
            case SAVED -> null;
            case CREATED -> AuditAction.ARTICLE_CREATED;
            case SUBMITTED -> AuditAction.ARTICLE_SUBMITTED;
            case PUBLISHED -> AuditAction.ARTICLE_PUBLISHED;
            case SCHEDULED -> AuditAction.ARTICLE_SCHEDULED;
            case UNPUBLISHED -> AuditAction.ARTICLE_UNPUBLISHED;
            case REVISION_RESTORED -> AuditAction.ARTICLE_REVISION_RESTORED;
            case TRASHED -> AuditAction.ARTICLE_TRASHED;
            case RESTORED -> AuditAction.ARTICLE_RESTORED;
            case DELETED -> AuditAction.ARTICLE_DELETED;
        };
        if (action != null) {
            trail.record(action, "#" + changed.id() + " '" + changed.title() + "'");
        }
    }

    @EventListener
    void on(UserAccountChanged changed) {
        AuditAction action = switch (changed.change()) {
            case CREATED -> AuditAction.USER_CREATED;
            case ROLE_CHANGED -> AuditAction.USER_ROLE_CHANGED;
            case ENABLED -> AuditAction.USER_ENABLED;
            case DISABLED -> AuditAction.USER_DISABLED;
            case PASSWORD_RESET -> AuditAction.USER_PASSWORD_RESET;
            case PASSWORD_CHANGED -> AuditAction.USER_PASSWORD_CHANGED;
        };
        trail.record(action, "'" + changed.username() + "' (" + changed.role() + ")");
    }

    /** A recovery code is spent at sign-in, before anyone is fully signed in: it is the member's. */
    @EventListener
    void on(TwoFactorChanged changed) {
        switch (changed.change()) {
            case ENABLED -> trail.record(AuditAction.TWO_FACTOR_ENABLED, "'" + changed.username() + "'");
            case DISABLED -> trail.record(AuditAction.TWO_FACTOR_DISABLED, "'" + changed.username() + "'");
            case RECOVERY_CODE_USED ->
                trail.record(
                        changed.username(),
                        AuditAction.TWO_FACTOR_RECOVERY_CODE_USED,
                        "'" + changed.username() + "'",
                        AuditTrail.currentAddress());
            case REQUIRED_FOR_STAFF -> trail.record(AuditAction.TWO_FACTOR_REQUIRED, "all staff");
            case NOT_REQUIRED_FOR_STAFF -> trail.record(AuditAction.TWO_FACTOR_NOT_REQUIRED, "all staff");
        }
    }

    @EventListener
    void on(SettingsChanged changed) {
        trail.record(AuditAction.SETTINGS_CHANGED, changed.what());
    }

    @EventListener
    void on(MediaDeleted deleted) {
        trail.record(AuditAction.MEDIA_DELETED, "#" + deleted.id() + " '" + deleted.fileName() + "'");
    }

    @EventListener
    void on(ImportStarted started) {
        trail.record(
                started.username(),
                AuditAction.IMPORT_STARTED,
                "#" + started.job() + " " + started.format() + " '" + started.fileName() + "'",
                AuditTrail.currentAddress());
    }

    /** On the importer's thread: no request, so no address. */
    @EventListener
    void on(ImportFinished finished) {
        String target = finished.done()
                ? "#" + finished.job() + ": " + finished.postsCreated() + " posts, " + finished.commentsCreated()
                        + " comments new"
                : "#" + finished.job();
        trail.record(
                finished.username(),
                finished.done() ? AuditAction.IMPORT_DONE : AuditAction.IMPORT_FAILED,
                target,
                null);
    }

    @EventListener
    void on(SiteRestored restored) {
        trail.record(
                restored.adminUsername(),
                AuditAction.SITE_RESTORED,
                restored.articles() + " articles, " + restored.users() + " accounts",
                AuditTrail.currentAddress());
    }
}
