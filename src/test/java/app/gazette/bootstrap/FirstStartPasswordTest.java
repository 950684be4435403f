package app.gazette.bootstrap;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import app.gazette.article.ArticleWriter;
import app.gazette.site.GazetteProperties;
import app.gazette.site.SettingsService;
import app.gazette.user.UserService;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** The first admin must replace a generated password at their first sign-in, not one the operator chose. */
class FirstStartPasswordTest {

    final UserService users = mock(UserService.class);
    final GazetteProperties properties = mock(GazetteProperties.class);
    final TransactionTemplate transaction = mock(TransactionTemplate.class);

    FirstStart firstStart(String givenPassword) {
        given(properties.admin()).willReturn(new GazetteProperties.Admin("admin", givenPassword));
        given(users.isEmpty()).willReturn(true);
        given(users.createAdmin(anyString(), anyString())).willReturn(1L);
        given(transaction.execute(any()))
                .willAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction(null));
        return new FirstStart(
                users,
                mock(SettingsService.class),
                mock(ArticleWriter.class),
                properties,
                transaction,
                Clock.systemUTC());
    }

    @Test
    void aGeneratedPasswordMustBeChangedAtTheFirstSignIn() {
        firstStart("").run(new DefaultApplicationArguments());

        verify(users).requirePasswordChange(1L);
    }

    @Test
    void aPasswordFromTheEnvironmentNeedNotBe() {
        firstStart("chosen by the operator").run(new DefaultApplicationArguments());

        verify(users, never()).requirePasswordChange(anyLong());
    }
}
