package app.gazette.user.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.security.LoginLock;
import app.gazette.security.SignInRequirements;
import app.gazette.security.SignInRequirements.Step;
import app.gazette.support.WebSliceTest;
import app.gazette.user.AccountSecurity;
import app.gazette.user.TwoFactorRefused;
import app.gazette.user.TwoFactorRefused.Reason;
import app.gazette.user.TwoFactorService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
@WithMockUser(username = "bob", roles = "EDITOR")
class TwoFactorControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    SignInRequirements steps;

    @Test
    void whileTheCodeIsOwedEveryOtherNewsroomPageSendsToTheCodePage() throws Exception {
        given(steps.next(eq("bob"), anyBoolean())).willReturn(Optional.of(Step.SECOND_FACTOR));

        mvc.perform(get("/admin/articles")).andExpect(redirectedUrl("/admin/sign-in/code"));
        mvc.perform(get("/admin/account/two-factor")).andExpect(redirectedUrl("/admin/sign-in/code"));
        mvc.perform(get("/admin/sign-in/code")).andExpect(status().isOk());
    }

    @Test
    void aWrongCodeIsSaidAndARightOneGoesOn() throws Exception {
        willThrow(new TwoFactorRefused(Reason.WRONG_CODE))
                .given(twoFactor)
                .signIn(eq("bob"), eq("111111"), anyString());

        mvc.perform(post("/admin/sign-in/code").param("code", "111111").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("That code is not right")));
        mvc.perform(post("/admin/sign-in/code").param("code", "222222").with(csrf()))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aLockedSecondStepGetsTheLockedPage() throws Exception {
        LoginLock lock = new LoginLock(Instant.parse("2026-12-03T10:15:00Z"), Duration.ofMinutes(15));
        willThrow(new TwoFactorRefused(Reason.LOCKED, lock)).given(twoFactor).signIn(any(), any(), any());

        mvc.perform(post("/admin/sign-in/code").param("code", "111111").with(csrf()))
                .andExpect(forwardedUrl("/login/locked"));
    }

    @Test
    void theQrCodeIsAPngNeverStored() throws Exception {
        given(twoFactor.pendingQrCode("bob")).willReturn(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        mvc.perform(get("/admin/account/two-factor/qr.png"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @Test
    void aRightCodeTurnsItOnAndShowsTheRecoveryCodesOnce() throws Exception {
        given(twoFactor.confirm("bob", "123456")).willReturn(List.of("aaaa-bbbb-cccc-dddd"));

        mvc.perform(post("/admin/account/two-factor/confirm")
                        .param("code", "123456")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aaaa-bbbb-cccc-dddd")));
    }

    @Test
    void aWrongCodeOrPasswordDoesNotTurnItOff() throws Exception {
        given(twoFactor.status("bob")).willReturn(new AccountSecurity(true, 10, false, false));
        willThrow(new TwoFactorRefused(Reason.WRONG_CODE_OR_PASSWORD))
                .given(twoFactor)
                .disable("bob", "guess");

        mvc.perform(post("/admin/account/two-factor/disable")
                        .param("codeOrPassword", "guess")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void editorsCannotChangeTheStaffRequirement() throws Exception {
        mvc.perform(post("/admin/users/two-factor").param("required", "true").with(csrf()))
                .andExpect(status().isForbidden());
        verify(twoFactor, never()).require(anyBoolean());
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void adminsRequireItOfAllStaff() throws Exception {
        mvc.perform(post("/admin/users/two-factor").param("required", "true").with(csrf()))
                .andExpect(redirectedUrl("/admin/users/two-factor"));
        verify(twoFactor).require(true);
    }
}
