package app.gazette.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;

/**
 * Every role rule of the newsroom ({@code hasRole}, {@code authenticated} …) also asks
 * {@link SignInSteps}; {@code permitAll} pages (sign-in, locked) and reader pages do not.
 */
@Configuration(proxyBeanMethods = false)
class SignInStepsConfig {

    @Bean
    SignInSteps signInSteps(SignInRequirements requirements) {
        return new SignInSteps(requirements);
    }

    @Bean
    AuthorizationManagerFactory<Object> authorizationManagerFactory(SignInSteps steps) {
        DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(steps);
        return factory;
    }
}
