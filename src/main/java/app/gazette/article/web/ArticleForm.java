package app.gazette.article.web;

import app.gazette.article.ArticleAdmin.ArticleEdit;
import app.gazette.article.ArticleDraft;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.Labels;
import app.gazette.article.NoteDraft;
import app.gazette.article.NoteKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The article editor. publishAt is the browser's datetime-local value, in the site's time zone;
 * noteKind (blank, CORRECTION or UPDATE) and note: a note to keep with a save of a published article.
 */
public record ArticleForm(
        Long version,

        @NotBlank(message = "{article.title.required}")
        @Size(max = 300, message = "{article.title.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String title,

        @Size(max = 80, message = "{article.slug.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String slug,

        @Size(max = 1000, message = "{article.excerpt.size}")
        @Pattern(regexp = MULTI_LINE, message = "{form.controlCharacters}")
        String excerpt,

        @NotBlank(message = "{article.body.required}")
        @Size(max = 200_000, message = "{article.body.size}")
        @Pattern(regexp = MULTI_LINE, message = "{form.controlCharacters}")
        String body,

        @Size(max = 1000, message = "{article.labels.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        @LabelList
        String labels,

        @Pattern(
                regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?",
                message = "{article.publishAt.invalid}")
        String publishAt,

        Boolean commentsOpen,
        Long featuredId,

        @Size(max = 300, message = "{article.featuredAlt.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String featuredAlt,

        @Size(max = 1000, message = "{article.featuredCaption.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String featuredCaption,

        @Size(max = 300, message = "{article.featuredCredit.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String featuredCredit,

        @Pattern(regexp = "|CORRECTION|UPDATE", message = "{article.noteKind.invalid}")
        String noteKind,

        @Size(max = 500, message = "{article.note.size}")
        @Pattern(regexp = MULTI_LINE, message = "{form.controlCharacters}")
        String note) {

    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    static ArticleForm blank() {
        return new ArticleForm(null, "", "", "", "", "", "", true, null, "", "", "", "", "");
    }

    static ArticleForm of(ArticleEdit edit) {
        return new ArticleForm(
                edit.version(),
                edit.title(),
                edit.slug(),
                edit.excerpt(),
                edit.markdown(),
                edit.labels(),
                edit.publishAt() == null
                        ? ""
                        : edit.publishAt().truncatedTo(ChronoUnit.MINUTES).toString(),
                edit.commentsOpen(),
                edit.featuredId(),
                edit.featuredAlt(),
                edit.featuredCaption(),
                edit.featuredCredit(),
                "",
                "");
    }

    /** The same text on top of another version: saving it then overwrites that version knowingly. */
    ArticleForm over(long currentVersion) {
        return new ArticleForm(
                currentVersion,
                title,
                slug,
                excerpt,
                body,
                labels,
                publishAt,
                commentsOpen,
                featuredId,
                featuredAlt,
                featuredCaption,
                featuredCredit,
                noteKind,
                note);
    }

    /** @throws DateTimeParseException when publishAt names no real time (say, 31 February) */
    ArticleDraft draft(ZoneId zone) {
        Instant at = publishAt == null || publishAt.isBlank()
                ? null
                : LocalDateTime.parse(publishAt).atZone(zone).toInstant();
        return new ArticleDraft(
                title,
                slug,
                excerpt,
                body,
                Labels.split(labels),
                at,
                Boolean.TRUE.equals(commentsOpen),
                new FeaturedDraft(featuredId, featuredAlt, featuredCaption, featuredCredit),
                noteKind == null || noteKind.isBlank()
                        ? NoteDraft.NONE
                        : new NoteDraft(NoteKind.valueOf(noteKind), note));
    }
}
