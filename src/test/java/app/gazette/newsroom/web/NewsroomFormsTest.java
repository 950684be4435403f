package app.gazette.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.comment.CommentModeration;
import app.gazette.comment.CommentStatus;
import app.gazette.comment.ModeratedComment;
import app.gazette.shared.PageView;
import app.gazette.support.WebSliceTest;
import app.gazette.user.AccountSecurity;
import app.gazette.user.Role;
import app.gazette.user.TwoFactorService;
import app.gazette.user.UserService;
import app.gazette.user.UserView;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Newsroom forms as browsers and password managers read them: credentials, locale, zone, bulk buttons. */
@WebSliceTest
@WithMockUser(username = "ada", roles = "ADMIN")
class NewsroomFormsTest {

    static final UserView ADA = new UserView(7, "ada", "ada@example.org", "Ada Whitlock", Role.ADMIN, true, true);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    CommentModeration moderation;

    @BeforeEach
    void ada() {
        given(users.findByUsername("ada")).willReturn(Optional.of(ADA));
        given(twoFactor.status(any())).willReturn(new AccountSecurity(false, 0, false, false));
        given(users.find(7)).willReturn(Optional.of(ADA));
    }

    @Test
    @WithAnonymousUser
    void signInAsksForTheLoginAndTheCurrentPassword() throws Exception {
        String html = page("/login");
        assertThat(input(html, "username")).contains("autocomplete=\"username\"");
        assertThat(input(html, "password")).contains("autocomplete=\"current-password\"");
    }

    @Test
    void changingOnesPasswordAsksForTheCurrentOneAndOffersANewOne() throws Exception {
        String html = page("/admin/account");
        assertThat(input(html, "currentPassword")).contains("autocomplete=\"current-password\"");
        assertThat(input(html, "newPassword")).contains("autocomplete=\"new-password\"");
        assertThat(input(html, "repeatPassword")).contains("autocomplete=\"new-password\"");
    }

    @Test
    void aNewUsersLoginAndPasswordAreMarkedAsNewCredentials() throws Exception {
        String html = page("/admin/users/new");
        assertThat(input(html, "username")).contains("autocomplete=\"username\"");
        assertThat(input(html, "password")).contains("autocomplete=\"new-password\"");
        assertThat(input(html, "email")).doesNotContain("autocomplete");
        assertThat(input(page("/admin/users/7/password"), "password")).contains("autocomplete=\"new-password\"");
    }

    @Test
    void newsroomPagesAreInTheSiteLocaleSoDateFieldsFollowIt() throws Exception {
        assertThat(page("/admin/articles/new")).contains("<html lang=\"en-GB\"");
        assertThat(page("/admin/users")).contains("<html lang=\"en-GB\"");
    }

    @Test
    void thePublishTimeNamesTheSiteTimeZone() throws Exception {
        assertThat(page("/admin/articles/new")).contains("Publish time (Coordinated Universal Time, UTC)");
    }

    @Test
    void bulkModerationButtonsComeAfterTheCommentsTheyActOn() throws Exception {
        given(moderation.list(any(), anyInt()))
                .willReturn(new PageView<>(
                        List.of(new ModeratedComment(
                                5,
                                7,
                                "Mutiny",
                                "/2019/02/mutiny",
                                "Ann Reader",
                                "ann@example.org",
                                "203.0.113.9",
                                "Saturday 9 February 2019, 10:15",
                                "2019-02-09T10:15:00Z",
                                "First",
                                CommentStatus.PENDING,
                                false)),
                        1,
                        1));
        String html = page("/admin/comments");
        assertThat(html.indexOf("data-bulk")).isGreaterThan(html.indexOf("</table>"));
        assertThat(html).contains("data-label=\"Email\"", "class=\"low\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The input tag with this id. */
    private static String input(String html, String id) {
        Matcher tag = Pattern.compile("<input[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(tag.find()).as("input #" + id).isTrue();
        return tag.group();
    }
}
