package app.gazette.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What no page may contain, whatever readers and editors typed: script, event handlers, script URLs. */
public final class SafeHtml {

    private SafeHtml() {}

    public static void assertSafe(String html, String context) {
        Document page = Jsoup.parse(html);
        for (Element script : page.select("script")) {
            boolean data = "application/ld+json".equals(script.attr("type"));
            boolean ours = script.hasAttr("src") && script.attr("src").startsWith("/js/");
            assertThat(data || ours)
                    .as("script element in %s: %s", context, script)
                    .isTrue();
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT))
                        .as("event handler in %s", context)
                        .doesNotStartWith("on");
                String value =
                        attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (attribute.getKey().matches("(?i)href|src|action|formaction|srcset|xlink:href")) {
                    assertThat(value)
                            .as("script URL in %s: %s", context, element)
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
        assertThat(page.select("iframe, object, embed, base, style, form[action^=http]"))
                .as("active elements in %s", context)
                .isEmpty();
    }
}
