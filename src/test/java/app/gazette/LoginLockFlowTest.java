package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserService;
import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Password guessing on the whole app: five wrong passwords lock that login from that address. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockFlowTest {

    static final String PASSWORD = "the real long password";

    @Value("${local.server.port}")
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneGetsTheLockedPage(CapturedOutput log) throws Exception {
        users.create(new NewUser("guessed", "guessed@example.org", "Guessed", Role.EDITOR, PASSWORD));
        SignedInBrowser attacker = new SignedInBrowser(port);
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = attacker.logIn("guessed", "wrong guess " + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> right = attacker.logIn("Guessed", PASSWORD);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(500L, 600L));
        assertThat(right.body()).contains("Too many attempts", "Try again in 10 minutes", "class=\"admin-bar\"");
        assertThat(attacker.get("/admin").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from login_attempts where username = 'guessed'"
                                + " and locked_until is not null",
                        Integer.class))
                .isEqualTo(1);
        assertThat(log.getOut())
                .contains("login failed for 'guessed' from 127.0.0.1", "login locked for 'guessed'")
                .doesNotContain("wrong guess", PASSWORD);
    }

    @Test
    void theSignInLockIsNotBypassedWithControlCharacters() throws Exception {
        users.create(new NewUser("locksmith", "locksmith@example.org", "Locksmith", Role.EDITOR, PASSWORD));
        List<String> variants =
                List.of("locksmith\u0001", "\u0000locksmith", " LOCKSMITH\t", "locksmith\u200b", "\uff4cocksmith");
        SignedInBrowser attacker = new SignedInBrowser(port);
        for (String variant : variants) {
            assertThat(attacker.logIn(variant, "wrong guess").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        for (String variant : variants) {
            HttpResponse<String> right = attacker.logIn(variant, PASSWORD);
            assertThat(right.statusCode()).as(variant).isEqualTo(429);
        }
        assertThat(attacker.get("/admin").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from login_attempts where username like '%ocksmith%'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aLoginWithAControlCharacterInsideNeverSignsIn() throws Exception {
        users.create(new NewUser("insider", "insider@example.org", "Insider", Role.EDITOR, PASSWORD));
        SignedInBrowser attacker = new SignedInBrowser(port);

        HttpResponse<String> tried = attacker.logIn("ins\u0001ider", PASSWORD);

        assertThat(tried.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(attacker.logIn("\uff29nsider\u0007", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
    }

    @Test
    void theRealUserOnAnotherAddressStillSignsIn(CapturedOutput log) throws Exception {
        users.create(new NewUser("targeted", "targeted@example.org", "Targeted", Role.EDITOR, PASSWORD));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        SignInForm form = SignInForm.open(mvc);
        for (int i = 0; i < 5; i++) {
            mvc.perform(form.signIn("targeted", "wrong", "203.0.113.66")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(form.signIn("targeted", PASSWORD, "203.0.113.66")).andExpect(status().isTooManyRequests());

        mvc.perform(form.signIn("targeted", PASSWORD, "198.51.100.2")).andExpect(redirectedUrl("/admin"));

        assertThat(log.getOut())
                .contains("login ok for 'targeted' from 198.51.100.2")
                .doesNotContain(PASSWORD);
    }

    /**
     * The sign-in form's CSRF cookie and token, as a browser gets them. (Spring Security's csrf()
     * post-processor would swap the token store of the shared filter chain for a session-held one,
     * which every later test on this application context would then use.)
     */
    record SignInForm(Cookie cookie, String token) {

        static SignInForm open(MockMvc mvc) throws Exception {
            MockHttpServletResponse form =
                    mvc.perform(get("/login")).andReturn().getResponse();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getContentAsString());
            assertThat(token.find()).isTrue();
            return new SignInForm(form.getCookie("XSRF-TOKEN"), token.group(1));
        }

        MockHttpServletRequestBuilder signIn(String username, String password, String ip) {
            RequestPostProcessor from = request -> {
                request.setRemoteAddr(ip);
                return request;
            };
            return post("/login")
                    .param("username", username)
                    .param("password", password)
                    .param("_csrf", token)
                    .cookie(cookie)
                    .with(from);
        }
    }
}
