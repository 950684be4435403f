package app.gazette.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.comment.CommentStatus;
import app.gazette.comment.ModeratedComment;
import app.gazette.support.WebSliceTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The dashboard's comment part, as the dashboard includes it. */
@WebSliceTest
class CommentDashboardFragmentTest {

    @Autowired
    SpringTemplateEngine templates;

    private String render(long pending, List<ModeratedComment> latest) {
        MockServletContext servlet = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.UK, Map.of("pending", pending, "latest", latest));
        return templates.process("admin/comments/dashboard", Set.of("comments"), context);
    }

    @Test
    void showsThePendingCountAndTheLatestCommentsWithTheirArticle() {
        String longBody = "word ".repeat(40);
        String html = render(
                3,
                List.of(
                        new ModeratedComment(
                                5,
                                7,
                                "Mutiny",
                                "/2019/02/mutiny",
                                "Ann",
                                "a@example.org",
                                "192.0.2.1",
                                "Saturday 9 February 2019, 10:15",
                                "2019-02-09T10:15:00Z",
                                "Hello <b>",
                                CommentStatus.PENDING,
                                false),
                        new ModeratedComment(
                                6,
                                8,
                                "Draft",
                                null,
                                "Bob",
                                null,
                                null,
                                "Saturday 9 February 2019, 10:16",
                                "2019-02-09T10:16:00Z",
                                longBody,
                                CommentStatus.APPROVED,
                                false)));

        assertThat(html)
                .contains(
                        "<strong>3</strong>",
                        "Waiting for approval",
                        "href=\"/admin/comments?status=pending\"",
                        "<strong>Ann</strong>",
                        "Pending",
                        "href=\"/2019/02/mutiny\">Mutiny</a>",
                        "Hello &lt;b&gt;",
                        "<span>Draft</span>",
                        "\u2026");
        assertThat(html).doesNotContain(longBody.strip(), "Approved");
    }

    @Test
    void saysSoWhenThereAreNoComments() {
        assertThat(render(0, List.of())).contains("<strong>0</strong>", "No comments yet.");
    }
}
