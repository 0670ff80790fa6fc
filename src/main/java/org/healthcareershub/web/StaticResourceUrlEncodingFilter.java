package org.healthcareershub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (content-hash URLs for CSS and scripts, versioned webjar
 * URLs), asked only about links that name a file. The resource handler serves {@code /**}, so Spring
 * looks up every link a page builds ({@code /trainings/123}, each facet and page link) on the class path,
 * and caches only the hits: a search page spent a sixth of its CPU on those misses. Every static file has
 * an extension; pages do not, so their links are left as they are without a lookup. A link that names a
 * file but is a page ({@code /sitemap.xml} in every footer) would still miss every time, so the answer for
 * each such link without a query is kept (a template holds a handful; at most {@value #MAX_ANSWERS}).
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

    static final int MAX_ANSWERS = 256;

    private final Map<String, String> answers = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(response instanceof HttpServletResponse plain)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilter(
                request, response, (req, versioning) -> chain.doFilter(req, new FilesOnly(versioning, plain, answers)));
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
        private final Map<String, String> answers;

        FilesOnly(ServletResponse versioning, HttpServletResponse plain, Map<String, String> answers) {
            super((HttpServletResponse) versioning);
            this.plain = plain;
            this.answers = answers;
        }

        @Override
        public String encodeURL(String url) {
            if (!namesAFile(url)) {
                return plain.encodeURL(url);
            }
            if (!url.startsWith("/") || url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
                return super.encodeURL(url);
            }
            String answer = answers.get(url);
            if (answer == null) {
                answer = super.encodeURL(url);
                if (answers.size() < MAX_ANSWERS) {
                    answers.put(url, answer);
                }
            }
            return answer;
        }
    }
}
