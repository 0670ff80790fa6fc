package org.healthcareershub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 with the site's error page when a request's parameters cannot be read (invalid UTF-8 or
 * percent-encoding such as {@code ?q=%C0%AF}, too many parameters), and logs one WARN line that carries
 * no part of the request. Without it, every later reader of a parameter (the language switch, the
 * controllers, the error page itself) fails again with a stack trace.
 */
class MalformedParameterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParameterFilter.class);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // reading a multipart request's parameters reads its body: UploadGate decides first who may send one
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            HttpServletRequest withoutParameters = new WithoutParameters(request);
            if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
                chain.doFilter(withoutParameters, response);
            } else {
                log.warn(
                        "Rejected a {} request whose parameters cannot be read ({})",
                        request.getMethod(),
                        unreadable.getClass().getSimpleName());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request as later code should see it: with no parameters at all. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
