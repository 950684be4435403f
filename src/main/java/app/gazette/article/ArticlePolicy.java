package app.gazette.article;

import app.gazette.user.Role;
import java.util.Set;

/**
 * Who may do what to which article, apart from the database. Contributors write their own drafts and
 * submit them; authors publish their own; editors and admins act on every author's articles, review
 * submissions, and only admins delete for good. Acting on another's article needs an editor.
 */
public final class ArticlePolicy {

    /** What a member may ask of an article. */
    public enum Act {
        VIEW,
        EDIT,
        SUBMIT,
        PUBLISH,
        UNPUBLISH,
        RETURN,
        TRASH,
        RESTORE,
        DELETE
    }

    /** What a contributor may still change: what readers have never been given. */
    private static final Set<ArticleStatus> UNPUBLISHED = Set.of(ArticleStatus.DRAFT, ArticleStatus.REVIEW);

    private ArticlePolicy() {}

    /** Whether a member of this role may do this to an article in this status, their own or another's. */
    public static boolean may(Role role, boolean own, ArticleStatus status, Act act) {
        switch (act) {
            case DELETE:
                return role == Role.ADMIN;
            case SUBMIT:
                return own && !role.publishes() && status == ArticleStatus.DRAFT;
            case RETURN:
                return role.editsEveryone() && status == ArticleStatus.REVIEW;
            default:
                break;
        }
        if (role.editsEveryone()) {
            return true;
        }
        if (!own) {
            return false;
        }
        return switch (act) {
            case VIEW -> true;
            case EDIT, TRASH -> role.publishes() || UNPUBLISHED.contains(status);
            case RESTORE -> status == ArticleStatus.TRASHED;
            case PUBLISH, UNPUBLISH -> role.publishes();
            case SUBMIT, RETURN, DELETE -> false;
        };
    }

    /** The act an editor's button asks for. */
    static Act act(EditAction action) {
        return switch (action) {
            case SAVE -> Act.EDIT;
            case SUBMIT -> Act.SUBMIT;
            case PUBLISH, SCHEDULE -> Act.PUBLISH;
            case UNPUBLISH -> Act.UNPUBLISH;
        };
    }

    /** Everything the editor page may offer this member for this article (a new one: own, a draft). */
    public static ArticleRights rights(Role role, boolean own, ArticleStatus status) {
        return new ArticleRights(
                may(role, own, status, Act.EDIT) && status != ArticleStatus.TRASHED,
                may(role, own, status, Act.SUBMIT),
                may(role, own, status, Act.PUBLISH),
                may(role, own, status, Act.UNPUBLISH),
                may(role, own, status, Act.RETURN),
                may(role, own, status, Act.TRASH) && status != ArticleStatus.TRASHED,
                may(role, own, status, Act.RESTORE) && status == ArticleStatus.TRASHED,
                may(role, own, status, Act.DELETE) && status == ArticleStatus.TRASHED);
    }

    /** The editor page's buttons a member may use. */
    public record ArticleRights(
            boolean edit,
            boolean submit,
            boolean publish,
            boolean unpublish,
            boolean returnToWriter,
            boolean trash,
            boolean restore,
            boolean delete) {}
}
