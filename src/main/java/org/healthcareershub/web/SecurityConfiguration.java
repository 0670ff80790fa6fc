package org.healthcareershub.web;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see what, and the security headers on every response. Staff pages under /admin need the ADMIN
 * role; until accounts land, the one admin is configured (hub.admin.username, hub.admin.password). The
 * Content-Security-Policy allows no inline script: every script is a file the app serves.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style; images may also come from the configured map tile server. */
    static String contentSecurityPolicy(String tileOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: " + tileOrigin
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SiteProperties site) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .failureUrl("/sign-in?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                contentSecurityPolicy(site.map().tileOrigin())))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The configured staff account. With no password configured, a random one is made and logged once. */
    @Bean
    UserDetailsService staff(
            @Value("${hub.admin.username:admin}") String username,
            @Value("${hub.admin.password:}") String password,
            PasswordEncoder encoder) {
        String effective = password;
        if (effective == null || effective.isBlank()) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            effective = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn(
                    "No hub.admin.password set: staff sign-in for this run is '{}' with password '{}'",
                    username,
                    effective);
        }
        return new InMemoryUserDetailsManager(User.withUsername(username)
                .password(encoder.encode(effective))
                .roles("ADMIN")
                .build());
    }
}
