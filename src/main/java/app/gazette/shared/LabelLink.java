package app.gazette.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * A label as readers see it: its name and the URL of its page. Characters that servers or browsers
 * would not pass through as one path segment ("/", "\", ";", and "." or ".." as the whole name) are
 * written as ~2F, ~5C, ~3B and ~2E ("~" itself as ~7E); {@link #nameOf} reads them back.
 */
public record LabelLink(String name, String url) {

    private static final Map<String, String> ESCAPES =
            Map.of("~", "~7E", "/", "~2F", "\\", "~5C", ";", "~3B", ".", "~2E");
    private static final Pattern ESCAPED = Pattern.compile("~(7E|2F|5C|3B|2E)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE = Pattern.compile("[~/\\\\;]");

    public static LabelLink of(String name) {
        return new LabelLink(name, "/label/" + segment(name));
    }

    /** The label name a path segment of {@link #of}'s URL stands for. */
    public static String nameOf(String segment) {
        Matcher escape = ESCAPED.matcher(segment);
        StringBuilder name = new StringBuilder();
        while (escape.find()) {
            int code = Integer.parseInt(escape.group(1), 16);
            escape.appendReplacement(name, Matcher.quoteReplacement(String.valueOf((char) code)));
        }
        return escape.appendTail(name).toString();
    }

    private static String segment(String name) {
        String escaped = name.equals(".") || name.equals("..")
                ? name.replace(".", ESCAPES.get("."))
                : UNSAFE.matcher(name).replaceAll(found -> Matcher.quoteReplacement(ESCAPES.get(found.group())));
        return UriUtils.encodePathSegment(escaped, StandardCharsets.UTF_8);
    }
}
