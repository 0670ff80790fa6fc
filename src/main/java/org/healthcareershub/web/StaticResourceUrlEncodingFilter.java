package org.healthcareershub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (content-hash URLs for CSS and scripts, versioned webjar
 * URLs), asked only about links that name a file. The resource handler serves {@code /**}, so Spring
 * looks up every link a page builds ({@code /trainings/123}, each facet and page link) on the class path,
 * and caches only the hits: a search page spent a sixth of its CPU on those misses. Every static file has
 * an extension; pages do not, so their links are left as they are without a lookup.
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(response instanceof HttpServletResponse plain)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilter(request, response, (req, versioning) -> chain.doFilter(req, new FilesOnly(versioning, plain)));
    }

    static boolean namesAFile(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int lastSlash = url.lastIndexOf('/', end - 1);
        return url.lastIndexOf('.', end - 1) > lastSlash;
    }

    private static final class FilesOnly extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;

        FilesOnly(ServletResponse versioning, HttpServletResponse plain) {
            super((HttpServletResponse) versioning);
            this.plain = plain;
        }

        @Override
        public String encodeURL(String url) {
            return namesAFile(url) ? super.encodeURL(url) : plain.encodeURL(url);
        }
    }
}
