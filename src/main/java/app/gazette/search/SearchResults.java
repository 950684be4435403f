package app.gazette.search;

import app.gazette.shared.PageView;

/** A page of results, most relevant first, and how many articles matched in all. */
public record SearchResults(String query, PageView<SearchResult> page, long total) {}
