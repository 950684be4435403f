package app.gazette.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.support.WebSliceTest;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserChangeRefused;
import app.gazette.user.UserChangeRefused.Reason;
import app.gazette.user.UserService;
import app.gazette.user.UserView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class AdminUserControllerTest {

    static final UserView ADA = new UserView(7, "ada", "ada@example.org", "Ada Whitlock", Role.ADMIN, true, true);
    static final UserView BOB = new UserView(8, "bob", "bob@example.org", "Bob Marsh", Role.EDITOR, false, true);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    static MockHttpServletRequestBuilder create() {
        return create("carol");
    }

    static MockHttpServletRequestBuilder create(String username) {
        return post("/admin/users")
                .param("username", username)
                .param("email", "carol@example.org")
                .param("displayName", "Carol Reed")
                .param("role", "EDITOR")
                .param("password", "correct horse battery");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login?continue=/admin/users"));
        mvc.perform(get("/admin/users/new")).andExpect(redirectedUrl("/login?continue=/admin/users/new"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsGetTheNewsroomForbiddenPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden()).andExpect(forwardedUrl("/admin/forbidden"));
        mvc.perform(create().with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/7/disable").with(csrf())).andExpect(status().isForbidden());
        verify(users, never()).create(any());
        verify(users, never()).setEnabled(anyLong(), anyBoolean());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsSeeTheListWithActions() throws Exception {
        given(users.list()).willReturn(List.of(ADA, BOB));

        String html = mvc.perform(get("/admin/users"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Ada Whitlock",
                        "bob@example.org",
                        "Disabled",
                        "Disable ada",
                        "Enable bob",
                        "Change the role of ada",
                        "<option value=\"CONTRIBUTOR\">Contributor</option>",
                        "<option value=\"ADMIN\" selected=\"selected\">Admin</option>",
                        "action=\"/admin/users/7/disable\"",
                        "action=\"/admin/users/8/enable\"",
                        "href=\"/admin/users/8/password\"",
                        "name=\"_csrf\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void postsWithoutCsrfTokenAreForbidden() throws Exception {
        mvc.perform(create()).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/8/enable")).andExpect(status().isForbidden());
        verify(users, never()).create(any());
        verify(users, never()).setEnabled(anyLong(), anyBoolean());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void invalidNewUserIsShownAgainWithMessagesAndInput() throws Exception {
        String html = mvc.perform(post("/admin/users")
                        .with(csrf())
                        .param("username", "carol reed")
                        .param("email", "not-an-email")
                        .param("displayName", "Carol Reed")
                        .param("role", "ADMIN")
                        .param("password", "short"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "A login can hold letters, digits",
                        "This does not look like an email address.",
                        "A password needs at least 12 characters.",
                        "value=\"carol reed\"",
                        "value=\"not-an-email\"",
                        "value=\"Carol Reed\"",
                        "<option value=\"ADMIN\" selected=\"selected\">");
        verify(users, never()).create(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void controlCharactersInANewLoginGetTheirOwnMessage() throws Exception {
        String html = mvc.perform(create("carol\u0001").with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("id=\"username-error\">This contains invisible control characters")
                .doesNotContain("A login can hold letters, digits");
        verify(users, never()).create(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void takenEmailIs409WithAMessageOnTheEmailField() throws Exception {
        given(users.create(any())).willThrow(new UserChangeRefused(Reason.EMAIL_TAKEN));

        String html = mvc.perform(create().with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "id=\"email-error\">Another user already has this email address.",
                        "value=\"carol@example.org\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void passwordThatIsTheEmailIsRefusedOnThePasswordField() throws Exception {
        given(users.create(any())).willThrow(new UserChangeRefused(Reason.PASSWORD_IS_EMAIL));

        String html = mvc.perform(create().with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"password-error\">The password cannot be the email address.");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void validNewUserIsCreatedAndRedirectsWithANotice() throws Exception {
        mvc.perform(create().with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "users.created"))
                .andExpect(flash().attribute("noticeArg", "carol"));

        verify(users)
                .create(new NewUser("carol", "carol@example.org", "Carol Reed", Role.EDITOR, "correct horse battery"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void disablingAndEnablingRedirectWithANotice() throws Exception {
        given(users.find(8)).willReturn(Optional.of(BOB));

        mvc.perform(post("/admin/users/8/disable").with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "users.disabled"));
        mvc.perform(post("/admin/users/8/enable").with(csrf())).andExpect(redirectedUrl("/admin/users"));

        verify(users).setEnabled(8, false);
        verify(users).setEnabled(8, true);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void demotingTheLastAdminIs409WithAClearMessage() throws Exception {
        given(users.find(7)).willReturn(Optional.of(ADA));
        given(users.list()).willReturn(List.of(ADA));
        willThrow(new UserChangeRefused(Reason.LAST_ADMIN)).given(users).changeRole(7, Role.EDITOR);

        String html = mvc.perform(
                        post("/admin/users/7/role").param("role", "EDITOR").with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("This is the last enabled admin", "Ada Whitlock");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void unknownUserIs404() throws Exception {
        given(users.find(anyLong())).willReturn(Optional.empty());

        mvc.perform(post("/admin/users/99/disable").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/99/password")).andExpect(status().isNotFound());
        verify(users, never()).setEnabled(anyLong(), anyBoolean());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void resettingAPasswordChecksItAndRedirects() throws Exception {
        given(users.find(8)).willReturn(Optional.of(BOB));

        String html = mvc.perform(post("/admin/users/8/password")
                        .param("password", "tiny")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Reset password of bob", "A password needs at least 12 characters.");

        mvc.perform(post("/admin/users/8/password")
                        .param("password", "a much longer secret")
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "users.passwordReset"));
        verify(users).resetPassword(8, "a much longer secret");
    }
}
