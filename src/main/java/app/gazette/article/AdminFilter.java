package app.gazette.article;

import java.util.Arrays;
import java.util.Locale;

/** The newsroom's article list filters; "all" leaves out the trash, "featured" is published and featured. */
public enum AdminFilter {
    ALL,
    DRAFT,
    REVIEW,
    SCHEDULED,
    PUBLISHED,
    FEATURED,
    TRASH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The filter named in a URL; anything unknown shows all. */
    public static AdminFilter from(String key) {
        return Arrays.stream(values())
                .filter(filter -> filter.key().equals(key))
                .findFirst()
                .orElse(ALL);
    }
}
