package app.gazette.api.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The "new content key" form: the name that says who uses the key (an app, a partner, a newsletter). */
record ContentKeyForm(
        @NotBlank(message = "{api.keys.name.required}")
        @Size(max = 100, message = "{api.keys.name.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{form.controlCharacters}")
        String name) {

    static ContentKeyForm empty() {
        return new ContentKeyForm("");
    }
}
