package app.gazette.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.support.WebSliceTest;
import app.gazette.user.AccountSecurity;
import app.gazette.user.Role;
import app.gazette.user.TwoFactorService;
import app.gazette.user.UserChangeRefused;
import app.gazette.user.UserChangeRefused.Reason;
import app.gazette.user.UserService;
import app.gazette.user.UserView;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
@WithMockUser(username = "bob", roles = "EDITOR")
class AccountControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    TwoFactorService twoFactor;

    @BeforeEach
    void bob() {
        given(twoFactor.status(any())).willReturn(new AccountSecurity(false, 0, false, false));
        given(users.findByUsername("bob"))
                .willReturn(
                        Optional.of(new UserView(8, "bob", "bob@example.org", "Bob Marsh", Role.EDITOR, true, true)));
    }

    static MockHttpServletRequestBuilder change(String current, String next, String repeat) {
        return post("/admin/account")
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("repeatPassword", repeat);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/account")).andExpect(redirectedUrl("/login?continue=/admin/account"));
    }

    @Test
    void editorsSeeTheirAccount() throws Exception {
        String html = mvc.perform(get("/admin/account"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Your account", "Bob Marsh", "bob@example.org", "Change your password", "name=\"_csrf\"");
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(change("old password 1", "new password 12", "new password 12"))
                .andExpect(status().isForbidden());
        verify(users, never()).changeOwnPassword(any(), any(), any(), any());
    }

    @Test
    void shortOrUnrepeatedPasswordsGetAMessagePerField() throws Exception {
        String html = mvc.perform(change("", "short", "other").with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Please give your current password.", "A password needs at least 12 characters.");

        html = mvc.perform(change("old password 1", "new password 12", "new password 21")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"repeatPassword-error\">This differs from the new password");
        verify(users, never()).changeOwnPassword(any(), any(), any(), any());
    }

    @Test
    void wrongCurrentPasswordIsShownOnItsField() throws Exception {
        willThrow(new UserChangeRefused(Reason.WRONG_CURRENT_PASSWORD))
                .given(users)
                .changeOwnPassword(eq("bob"), eq("wrong one"), eq("new password 12"), any());

        String html = mvc.perform(change("wrong one", "new password 12", "new password 12")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"currentPassword-error\">This is not your current password.");
    }

    @Test
    void theCurrentPasswordCheckIsThrottledWithAClearMessage() throws Exception {
        willThrow(new UserChangeRefused(Reason.CURRENT_PASSWORD_LOCKED, Duration.ofSeconds(9 * 60 + 30)))
                .given(users)
                .changeOwnPassword(eq("bob"), eq("guess 6"), eq("new password 12"), any());

        String html = mvc.perform(
                        change("guess 6", "new password 12", "new password 12").with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "570"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"currentPassword-error\">Too many wrong passwords. Try again in 10 minutes.");
    }

    @Test
    void validChangeIsSavedAndRedirectsWithANotice() throws Exception {
        mvc.perform(change("old password 1", "new password 12", "new password 12")
                        .session(new MockHttpSession(null, "bobs-session"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/account"))
                .andExpect(flash().attribute("notice", "account.passwordChanged"));

        verify(users).changeOwnPassword(eq("bob"), eq("old password 1"), eq("new password 12"), eq("bobs-session"));
    }
}
