package app.gazette.importing;

/** How many posts and comments an export holds. */
public record ExportTotals(long posts, long comments) {}
