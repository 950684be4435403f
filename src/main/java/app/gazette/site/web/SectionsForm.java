package app.gazette.site.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The top menu's sections as the admin types them: label names, one a line, in menu order. */
public record SectionsForm(
        @Size(max = 2000, message = "{settings.sections.size}")
        @Pattern(regexp = SettingsForm.MULTI_LINE, message = "{form.controlCharacters}")
        String sections) {

    static SectionsForm of(List<String> names) {
        return new SectionsForm(String.join("\n", names));
    }

    /** The names typed, stripped, without blank lines. */
    List<String> names() {
        return sections == null
                ? List.of()
                : sections.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
