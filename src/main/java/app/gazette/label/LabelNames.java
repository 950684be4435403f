package app.gazette.label;

import java.util.Locale;

/** How label names are written and compared: white space folded, and found whatever their case. */
public final class LabelNames {

    private LabelNames() {}

    /** Trims and folds runs of white space into one space. */
    public static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /** The case-insensitive key a label is found by. */
    public static String keyOf(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }
}
