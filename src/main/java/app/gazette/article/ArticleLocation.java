package app.gazette.article;

import java.time.Instant;

/** A visible article's permalink and last change, for the sitemap. */
public record ArticleLocation(String permalink, Instant lastModified) {}
