package app.gazette.article;

/** A note as readers see it: its kind's key ("correction", "update"), its day, its ISO time, its text. */
public record NoteView(String kind, String date, String isoTime, String text) {}
