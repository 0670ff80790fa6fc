package org.healthcareershub.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.util.unit.DataSize;

/**
 * Who may see what, and the security headers on every response. /account needs a signed-in account,
 * /employer an EMPLOYER, /admin an ADMIN; the operational endpoints under /actuator are for staff, but for
 * the health status (details only for staff) and for anything asked on a separate management port (see
 * {@link ManagementAccess}); everything else is public. The Content-Security-Policy allows no
 * inline script: every script is a file the app serves. Modules add their own parts (sign-in throttling,
 * session checks) through {@link SecurityRules}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    /** No inline script or style; images may also come from the configured map tile server. */
    static String contentSecurityPolicy(String tileOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (tileOrigin.isEmpty() ? "" : " " + tileOrigin)
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            FilterRegistrationBean<SecurityHeadersFilter> securityHeaders,
            ManagementAccess management,
            List<SecurityRules> rules,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxUpload)
            throws Exception {
        // before the CSRF check, the first reader of a parameter: reading one parses a multipart body
        http.addFilterBefore(new UploadGate(maxUpload.toBytes()), CsrfFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(management::onManagementPort)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/employer", "/employer/**")
                        .hasRole("EMPLOYER")
                        .requestMatchers("/account", "/account/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureUrl("/sign-in?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> {
                    headers.defaultsDisabled().cacheControl(Customizer.withDefaults());
                    securityHeaders.getFilter().writers().forEach(headers::addHeaderWriter);
                });
        for (SecurityRules rule : rules) {
            rule.apply(http);
        }
        return http.build();
    }
}
