package app.gazette.article;

/** Number of visible articles in a publish month (yyyyMM). */
public record MonthCount(int month, long count) {}
