/**
 * Articles and everything readers and editors do with them (tables {@code articles},
 * {@code article_labels}, {@code revisions}, {@code slug_aliases}, {@code old_links}): Markdown rendered at
 * save, slugs, scheduling, revisions, the reader lists (home, label, month, year, author), article pages,
 * the archive and label counts of the sidebar, the editor and the newsroom's article list; one
 * {@link app.gazette.article.SlugPicker} for every writer and {@link app.gazette.article.BulkArticles} for imports. Other features
 * add parts of the article page through {@link app.gazette.article.ArticlePageSection}, answer
 * {@link app.gazette.article.CommentCounts}, and read or close an article for comments through
 * {@link app.gazette.article.ArticleComments}; listeners of {@link app.gazette.article.ArticleChanged} read
 * an article and the scheduled ones that went live through {@link app.gazette.article.ArticleFacts}. Two reads of other features' tables keep a page at three
 * statements: bylines come from {@code users} through the read-only {@code Byline} view (written only as
 * the author's id from {@code user}'s API), and list queries count approved {@code comments}. An
 * article page adds one statement for its {@link app.gazette.article.RelatedStory related stories}.
 */
@ApplicationModule(
        displayName = "Articles",
        allowedDependencies = {"label", "media", "pagecache", "shared", "site", "user"})
package app.gazette.article;

import org.springframework.modulith.ApplicationModule;
