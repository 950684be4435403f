package app.gazette.article;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a title into a URL slug: lower case ASCII letters and digits joined by hyphens. A title in
 * another script is transliterated first (ICU's Any-Latin; Latin-ASCII), so "Привет мир" is
 * privet-mir and "東京" dong-jing rather than "article".
 */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Map<String, String> SPECIAL =
            Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "þ", "th", "ð", "d", "ı", "i");

    private static final Pattern NOT_LATIN = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
    /** ICU transliterators are not for sharing between threads; each thread builds one when it first needs it. */
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slugs() {}

    /** Whether this is a slug Gazette could have made (slugify, or a numbered one of the slug picker). */
    public static boolean isSlug(String slug) {
        return slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
    }

    public static String slugify(String title) {
        String latin = NOT_LATIN.matcher(title).find() ? TO_LATIN.get().transliterate(title) : title;
        String lower = latin.toLowerCase(Locale.ROOT);
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
