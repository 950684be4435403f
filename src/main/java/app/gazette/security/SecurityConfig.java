package app.gazette.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Two filter chains. The newsroom (/admin, /login, /logout): form login, a session, CSRF tokens.
 * Reader pages: open, stateless (no session, no cookie, no per-visitor token), forgery-checked by
 * origin, so every reader gets the same bytes.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";

    @Bean
    @Order(1)
    SecurityFilterChain newsroom(HttpSecurity http, LoginGuard guard) throws Exception {
        LoginOutcomes outcomes = new LoginOutcomes(guard, "/admin", "/login?error");
        http.securityMatcher("/admin", "/admin/**", "/login", LoginLockFilter.LOCKED_PAGE, "/logout")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", LoginLockFilter.LOCKED_PAGE).permitAll()
                        .requestMatchers("/admin/users/**", "/admin/settings/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/admin/articles/*/delete").hasRole(ADMIN)
                        .anyRequest().hasAnyRole(ADMIN, EDITOR))
                .addFilterBefore(new LoginLockFilter(guard), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/admin/forbidden"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/*/*/*/comments").permitAll()
                        .anyRequest().denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SameOriginFilter(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** Label names may hold a percent sign: their URLs then carry %25. */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedPercent(true);
        return firewall;
    }
}
