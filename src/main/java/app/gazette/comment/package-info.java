/**
 * Reader comments and their moderation (tables {@code comments}, {@code comment_post_lock}):
 * posting with its spam defences, the comment section of article pages, the moderation queue, staff
 * replies, the comment feed's entries, and {@link app.gazette.comment.BulkComments} for imports; announces
 * {@link app.gazette.comment.CommentApproved} when a comment becomes visible. Depends on articles (a comment belongs to one); its queries
 * join {@code articles} read-only for titles and visibility.
 */
@ApplicationModule(
        displayName = "Comments",
        allowedDependencies = {"article", "pagecache", "shared", "site", "user"})
package app.gazette.comment;

import org.springframework.modulith.ApplicationModule;
