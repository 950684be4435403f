package app.gazette.article;

import java.util.List;

/** A year of the archive widget with its months, newest first. */
public record ArchiveYear(int year, String url, long count, List<ArchiveMonth> months) {

    public record ArchiveMonth(String name, String url, long count) {}
}
