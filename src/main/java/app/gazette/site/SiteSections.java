package app.gazette.site;

import app.gazette.label.LabelService;
import app.gazette.shared.LabelLink;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The top menu's sections: labels an admin chose, in the admin's order. Only labels that exist are
 * taken, under their own spelling; one that is gone later is left out of the menu.
 */
@Service
public class SiteSections {

    private final SettingsService settings;
    private final LabelService labels;

    SiteSections(SettingsService settings, LabelService labels) {
        this.settings = settings;
        this.labels = labels;
    }

    /** The menu's links, in order, under the labels' names now; a label gone since is left out. */
    public List<LabelLink> links() {
        return settings.sections().stream()
                .flatMap(name -> labels.find(name).stream())
                .map(label -> LabelLink.of(label.name()))
                .toList();
    }

    /**
     * Makes these labels the menu, in this order; a label named twice is kept once.
     *
     * @throws SectionsRefused if there are too many or one is not a label
     * @throws SettingsConflictException if another node saved the settings at the same moment
     */
    public void choose(List<String> names) {
        List<String> chosen = new ArrayList<>();
        for (String name : names) {
            String label = labels.find(name)
                    .map(LabelService.LabelRef::name)
                    .orElseThrow(() -> new SectionsRefused("settings.sections.unknown", name));
            if (!chosen.contains(label)) {
                chosen.add(label);
            }
        }
        if (chosen.size() > SettingsService.MAX_SECTIONS) {
            throw new SectionsRefused("settings.sections.tooMany", SettingsService.MAX_SECTIONS);
        }
        settings.setSections(chosen);
    }

    /** Sections the menu cannot have: the message the admin is told and its argument. */
    public static class SectionsRefused extends RuntimeException {

        private final String messageKey;
        private final transient Object argument;

        SectionsRefused(String messageKey, Object argument) {
            super("sections refused: " + messageKey);
            this.messageKey = messageKey;
            this.argument = argument;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object argument() {
            return argument;
        }
    }
}
