package app.gazette.article;

import java.time.Instant;
import java.util.List;

/** An article to create; a null publishAt makes it a draft. */
public record NewArticle(
        String title, String excerpt, String markdown, List<String> labels, long authorId, Instant publishAt) {}
