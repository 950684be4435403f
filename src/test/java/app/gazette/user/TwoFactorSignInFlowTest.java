package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.support.AppTest;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The steps after the password on the whole application: a member with two-factor sign-in reaches
 * nothing in the newsroom but the code page until the code is right; a member whose password an
 * admin reset reaches only their account page; when the admin requires two-factor sign-in, staff
 * without it reach only its enrolment.
 */
@AppTest
class TwoFactorSignInFlowTest {

    static final String PASSWORD = "a long enough password";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    Clock clock;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    String newEditor() {
        String name = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(name, name + "@example.org", name, Role.EDITOR, PASSWORD));
        return name;
    }

    /** Signs in with the password through the real form; the session it leaves. */
    MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpServletResponse form = mvc.perform(get("/login")).andReturn().getResponse();
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .param("_csrf", token(form))
                        .cookie(form.getCookie("XSRF-TOKEN")))
                .andExpect(redirectedUrl("/admin"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    String token(MockHttpSession session, String page) throws Exception {
        return token(mvc.perform(get(page).session(session)).andReturn().getResponse());
    }

    static String token(MockHttpServletResponse page) throws Exception {
        Matcher token = CSRF.matcher(page.getContentAsString());
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    @Test
    void aPasswordAloneReachesOnlyTheCodePageUntilTheCodeIsRight() throws Exception {
        String editor = newEditor();
        String secret = twoFactor.pendingSecret(editor);
        long step = Totp.step(clock.instant());
        twoFactor.confirm(editor, Totp.code(secret, step));

        MockHttpSession session = signIn(editor, PASSWORD);
        for (String page : new String[] {"/admin", "/admin/articles", "/admin/account", "/admin/account/two-factor"}) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/admin/sign-in/code"));
        }
        String token = token(session, "/admin/sign-in/code");
        mvc.perform(post("/admin/sign-in/code")
                        .session(session)
                        .param("code", "000000")
                        .param("_csrf", token))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/account/two-factor/disable")
                        .session(session)
                        .param("codeOrPassword", PASSWORD)
                        .param("_csrf", token))
                .andExpect(redirectedUrl("/admin/sign-in/code"));

        String code = Totp.code(secret, step + 1);
        mvc.perform(post("/admin/sign-in/code")
                        .session(session)
                        .param("code", code)
                        .param("_csrf", token))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk());

        MockHttpSession replayed = signIn(editor, PASSWORD);
        mvc.perform(post("/admin/sign-in/code")
                        .session(replayed)
                        .param("code", code)
                        .param("_csrf", token(replayed, "/admin/sign-in/code")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin").session(replayed)).andExpect(redirectedUrl("/admin/sign-in/code"));
    }

    @Test
    void aPasswordResetByAnAdminIsReplacedBeforeAnythingElse() throws Exception {
        String editor = newEditor();
        long id = users.findByUsername(editor).orElseThrow().id();
        users.resetPassword(id, "given by the admin");

        MockHttpSession session = signIn(editor, "given by the admin");
        mvc.perform(get("/admin/articles").session(session)).andExpect(redirectedUrl("/admin/account"));
        String page = mvc.perform(get("/admin/account").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Please choose your own password");

        mvc.perform(post("/admin/account")
                        .session(session)
                        .param("currentPassword", "given by the admin")
                        .param("newPassword", "chosen by the editor")
                        .param("repeatPassword", "chosen by the editor")
                        .param("_csrf", token(session, "/admin/account")))
                .andExpect(redirectedUrl("/admin/account"));
        mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk());
    }

    @Test
    void whenRequiredStaffWithoutItReachOnlyItsEnrolment() throws Exception {
        String editor = newEditor();
        twoFactor.require(true);
        try {
            MockHttpSession session = signIn(editor, PASSWORD);
            mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/two-factor"));
            mvc.perform(get("/admin/account/two-factor/qr.png").session(session))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/png"))
                    .andExpect(header().string("Cache-Control", "no-store"));

            String secret = twoFactor.pendingSecret(editor);
            String codes = mvc.perform(post("/admin/account/two-factor/confirm")
                            .session(session)
                            .param("code", Totp.code(secret, Totp.step(clock.instant())))
                            .param("_csrf", token(session, "/admin/account/two-factor")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(codes).contains("Your recovery codes");
            mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk());
        } finally {
            twoFactor.require(false);
        }
    }
}
