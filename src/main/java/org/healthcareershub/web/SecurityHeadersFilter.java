package org.healthcareershub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the security headers on every response, before anything else runs: pages, files, error pages
 * and the answers to requests that Spring Security's firewall or Tomcat turn away before the security
 * filter chain is reached. The headers are written when the request starts, so a handler that commits the
 * response early cannot leave them out; Spring Security's own writers see them and add nothing twice.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    private final List<HeaderWriter> writers;

    SecurityHeadersFilter(String contentSecurityPolicy) {
        HstsHeaderWriter hsts = new HstsHeaderWriter();
        hsts.setIncludeSubDomains(true);
        hsts.setMaxAgeInSeconds(31_536_000);
        this.writers = List.of(
                new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy),
                new XContentTypeOptionsHeaderWriter(),
                new ReferrerPolicyHeaderWriter(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new PermissionsPolicyHeaderWriter(SecurityConfiguration.PERMISSIONS_POLICY),
                hsts);
    }

    /** The same writers, for the security filter chain. */
    List<HeaderWriter> writers() {
        return writers;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        write(request, response);
        chain.doFilter(request, response);
    }

    void write(HttpServletRequest request, HttpServletResponse response) {
        if (!response.isCommitted()) {
            writers.forEach(writer -> writer.writeHeaders(request, response));
        }
    }
}
