package app.gazette.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains. The newsroom (/admin, /login, /logout): form login, a session once signed in,
 * CSRF tokens, four roles (the matchers keep whole areas from lesser roles; the services decide who
 * may do what to which article); an anonymous visitor gets no session (the sign-in form's token is a cookie, the page
 * asked for travels in the URL). Reader pages: open, stateless (no session, no cookie, no
 * per-visitor token), forgery-checked by origin, so every reader gets the same bytes. Both send the
 * same safety headers.
 */
@Configuration(proxyBeanMethods = false)
@Import(SignInStepsConfig.class)
public class SecurityConfig {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String AUTHOR = "AUTHOR";
    public static final String CONTRIBUTOR = "CONTRIBUTOR";

    /** See {@link ContentSecurityPolicy}: images may also come from the public media host, when there is one. */
    private final String contentSecurityPolicy;

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    SecurityConfig(@Value("${gazette.media.public-base-url:}") String publicMediaBaseUrl) {
        this.contentSecurityPolicy = ContentSecurityPolicy.withMediaFrom(publicMediaBaseUrl);
    }

    @Bean
    @Order(1)
    SecurityFilterChain newsroom(HttpSecurity http, LoginGuard guard, SignInSteps steps) throws Exception {
        LoginOutcomes outcomes = new LoginOutcomes(guard, steps);
        http.securityMatcher(SiteAreas.NEWSROOM_PATHS)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/login", LoginLockFilter.LOCKED_PAGE)
                        .permitAll()
                        .requestMatchers(
                                "/admin/users/**",
                                "/admin/settings/**",
                                "/admin/webhooks/**",
                                "/admin/integrations/**",
                                "/admin/audit/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/admin/backup/**", "/admin/import/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/admin/articles/*/delete", "/admin/media/*/delete")
                        .hasRole(ADMIN)
                        .requestMatchers("/admin/comments/**", "/admin/articles/*/comments/**")
                        .hasAnyRole(ADMIN, EDITOR)
                        .requestMatchers(HttpMethod.POST, "/admin/articles/*/return", "/admin/articles/*/front-page")
                        .hasAnyRole(ADMIN, EDITOR)
                        .anyRequest()
                        .hasAnyRole(ADMIN, EDITOR, AUTHOR, CONTRIBUTOR))
                .addFilterBefore(new LoginLockFilter(guard), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new UploadGuard(), CsrfFilter.class)
                .formLogin(form -> form.loginPage(LoginOutcomes.FORM)
                        .successHandler(outcomes)
                        .failureHandler(outcomes))
                .csrf(csrf -> csrf.csrfTokenRepository(new SignInCsrfTokens()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(outcomes)
                        .accessDeniedHandler(steps.deniedHandler("/admin/forbidden")))
                .headers(this::safetyHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/*/*/*/comments")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SameOriginFilter(), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> safetyHeaders(headers.cacheControl(cache -> cache.disable())));
        return http.build();
    }

    /** Besides Spring Security's defaults (nosniff, DENY framing, HSTS over HTTPS). */
    private void safetyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /** Runs second, after the page cache: an oversized body is refused before security or a controller reads it. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit() {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Label names may hold a percent sign: their URLs then carry %25. */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedPercent(true);
        return firewall;
    }
}
