package app.gazette.label;

/** A label of the sidebar with the number of visible articles carrying it. */
public record LabelCount(String name, String url, long count) {}
