package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.support.WebSliceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sign-in form with the real security configuration and a mocked guard. */
@WebSliceTest
class LoginLockWebTest {

    static final LoginLock TEN_MINUTES = new LoginLock(Instant.parse("2019-02-09T10:25:00Z"), Duration.ofMinutes(10));

    @Autowired
    MockMvc mvc;

    @Autowired
    LoginGuard guard;

    @Test
    void aLockedLoginIsTurnedAwayWith429BeforeItsPasswordIsChecked() throws Exception {
        given(guard.lock("admin", "203.0.113.66")).willReturn(Optional.of(TEN_MINUTES));

        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "right or wrong")
                        .with(csrf())
                        .with(from("203.0.113.66")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(forwardedUrl("/login/locked"));

        verify(guard, never()).failed(ArgumentMatchers.any(), ArgumentMatchers.any());
        verify(guard, never()).succeeded(ArgumentMatchers.any(), ArgumentMatchers.any());
    }

    @Test
    void theLockedPageSaysWhenToTryAgainInTheNewsroomLayout() throws Exception {
        String page = mvc.perform(post("/login/locked").with(csrf()).requestAttr(LoginGuard.LOCK, TEN_MINUTES))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "Too many attempts",
                        "Try again in 10 minutes, after Saturday 9 February 2019",
                        "class=\"admin-bar\"",
                        "href=\"/login\"");
    }

    @Test
    void theLockedPageWithoutALockIsJustTheWayBackToTheForm() throws Exception {
        mvc.perform(get("/login/locked")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void everyFailedSignInIsCountedWithTheClientAddressEvenForAnUnknownLogin() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "nobody-here")
                        .param("password", "guess")
                        .with(csrf())
                        .with(from("198.51.100.23")))
                .andExpect(redirectedUrl("/login?error"));

        verify(guard).failed("nobody-here", "198.51.100.23");
    }

    @Test
    void anotherAddressIsNotLockedByTheGuardsAnswerForTheFirst() throws Exception {
        given(guard.lock("admin", "203.0.113.66")).willReturn(Optional.of(TEN_MINUTES));

        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "wrong")
                        .with(csrf())
                        .with(from("198.51.100.2")))
                .andExpect(redirectedUrl("/login?error"));
    }

    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }
}
