package app.gazette.audit;

import java.util.Arrays;
import java.util.Optional;

/** What an audit-log entry records; its key is stored and names its message {@code audit.action.<key>}. */
public enum AuditAction {
    ARTICLE_CREATED("article.created"),
    ARTICLE_SUBMITTED("article.submitted"),
    ARTICLE_PUBLISHED("article.published"),
    ARTICLE_SCHEDULED("article.scheduled"),
    ARTICLE_UNPUBLISHED("article.unpublished"),
    ARTICLE_REVISION_RESTORED("article.revision-restored"),
    ARTICLE_TRASHED("article.trashed"),
    ARTICLE_RESTORED("article.restored"),
    ARTICLE_DELETED("article.deleted"),
    SIGN_IN("sign-in.ok"),
    SIGN_IN_FAILED("sign-in.failed"),
    SIGN_OUT("sign-out"),
    USER_CREATED("user.created"),
    USER_ROLE_CHANGED("user.role-changed"),
    USER_ENABLED("user.enabled"),
    USER_DISABLED("user.disabled"),
    USER_PASSWORD_RESET("user.password-reset"),
    USER_PASSWORD_CHANGED("user.password-changed"),
    TWO_FACTOR_ENABLED("two-factor.enabled"),
    TWO_FACTOR_DISABLED("two-factor.disabled"),
    TWO_FACTOR_RECOVERY_CODE_USED("two-factor.recovery-code-used"),
    TWO_FACTOR_REQUIRED("two-factor.required"),
    TWO_FACTOR_NOT_REQUIRED("two-factor.not-required"),
    SETTINGS_CHANGED("settings.changed"),
    IMPORT_STARTED("import.started"),
    IMPORT_DONE("import.done"),
    IMPORT_FAILED("import.failed"),
    SITE_RESTORED("backup.restored"),
    MEDIA_DELETED("media.deleted");

    private final String key;

    AuditAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The action with this key, if one has it. */
    public static Optional<AuditAction> byKey(String key) {
        return Arrays.stream(values()).filter(action -> action.key.equals(key)).findFirst();
    }
}
