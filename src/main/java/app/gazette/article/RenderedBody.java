package app.gazette.article;

/** Sanitised HTML of an article body and the plain text of its first paragraph. */
public record RenderedBody(String html, String firstParagraph) {}
