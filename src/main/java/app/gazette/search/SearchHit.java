package app.gazette.search;

import java.time.Instant;

/** A matching article as a strategy finds it; the snippet carries {@link Snippets} markers. */
record SearchHit(long id, String slug, String title, Instant publishAt, int publishMonth, String markedSnippet) {}
