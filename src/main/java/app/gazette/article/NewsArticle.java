package app.gazette.article;

import java.time.Instant;

/** A recent visible article, for the news sitemap. */
public record NewsArticle(String title, String permalink, Instant publishedAt) {}
