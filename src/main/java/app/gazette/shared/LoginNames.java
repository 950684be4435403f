package app.gazette.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonical form of a login name, used by the sign-in lock, the sign-in itself and user
 * creation: Unicode NFKC (fullwidth letters become ASCII), trimmed of whitespace and invisible
 * characters (controls, format characters such as zero-width spaces), case-folded. A control
 * character inside a name stays, so such a name never matches a member's.
 */
public final class LoginNames {

    private LoginNames() {}

    /** The canonical form; "" for null. */
    public static String canonical(String typed) {
        String folded = trimmed(typed).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /** NFKC, trimmed of whitespace and invisible characters, case kept: a login as it is stored. */
    public static String trimmed(String typed) {
        String name = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC);
        int start = 0;
        int end = name.length();
        while (start < end && isBlank(name.codePointAt(start))) {
            start += Character.charCount(name.codePointAt(start));
        }
        while (end > start && isBlank(name.codePointBefore(end))) {
            end -= Character.charCount(name.codePointBefore(end));
        }
        return name.substring(start, end);
    }

    /** Whether the name holds a control or format character anywhere (never allowed in a login). */
    public static boolean hasControlCharacters(String name) {
        return name != null && name.codePoints().anyMatch(LoginNames::isInvisible);
    }

    private static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
