package app.gazette.article;

import java.util.List;

/** An entry of the corrections page: an article and its corrections, newest first. */
public record CorrectedArticle(String title, String permalink, List<NoteView> corrections) {}
