package app.gazette.article.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An editor's note to the writer of a submitted article: what to change before it can run. */
record ReturnForm(
        @NotBlank(message = "{review.note.required}") @Size(max = 2000, message = "{review.note.tooLong}")
        String note) {}
