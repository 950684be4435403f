package app.gazette.shared;

import java.util.List;

/** Entries published on one day, under that day's date header. */
public record DayGroup<T>(String header, List<T> entries) {}
