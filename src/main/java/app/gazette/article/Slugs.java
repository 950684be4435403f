package app.gazette.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a title into a URL slug: lower case ASCII letters and digits joined by hyphens. */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Map<String, String> SPECIAL =
            Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "þ", "th", "ð", "d", "ı", "i");

    private Slugs() {}

    /** Whether this is a slug Gazette could have made (slugify, or a numbered one of the slug picker). */
    public static boolean isSlug(String slug) {
        return slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
    }

    public static String slugify(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> special : SPECIAL.entrySet()) {
            lower = lower.replace(special.getKey(), special.getValue());
        }
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.replace("&", " and ")
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            String cut = slug.substring(0, MAX_LENGTH);
            slug = slug.charAt(MAX_LENGTH) == '-' ? cut : cut.replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
