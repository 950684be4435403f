package app.gazette.article;

import java.time.Instant;

/** Exceptions of the editor, for controller tests outside this package. */
public final class TestConflicts {

    private TestConflicts() {}

    public static EditConflictException conflict(String savedBy, long currentVersion) {
        return new EditConflictException(savedBy, Instant.parse("2019-02-09T10:15:00Z"), currentVersion);
    }

    public static ArticleFieldException field(String field, String code) {
        return new ArticleFieldException(field, code);
    }
}
