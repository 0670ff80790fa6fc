package org.healthcareershub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a multipart body (a file upload) be read only when it comes from signed-in staff and does not
 * declare a length over {@code spring.servlet.multipart.max-request-size}; every other multipart request is
 * refused (403 or 413, with the site's page) before a byte of its body is read. The uploads the portal
 * takes (pay tables, training CSV files) are staff tools, and without this gate the first reader of a
 * parameter (Spring Security's CSRF check) would make the servlet container write an anonymous visitor's
 * upload of up to that size to disk before anyone asked who sent it. It sits in the security filter chain
 * just before the CSRF check, where the signed-in account is known and a session whose account was
 * suspended meanwhile has already been ended (accounts checks every session right after it is loaded).
 */
class UploadGate extends OncePerRequestFilter {

    static final String STAFF_AUTHORITY = "ROLE_ADMIN";

    /** Set on a refused request, so that the error page answering it sees no body to read either. */
    static final String REFUSED = UploadGate.class.getName() + ".REFUSED";

    private static final Logger log = LoggerFactory.getLogger(UploadGate.class);

    private final long maxRequestSize;

    UploadGate(long maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(REFUSED) != null) {
            chain.doFilter(new Unread(request), response);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        int refusal = refusal(request);
        if (refusal != 0) {
            log.warn("Refused a multipart {} request without reading it ({})", request.getMethod(), refusal);
            request.setAttribute(REFUSED, refusal);
            response.setHeader("Connection", "close");
            response.sendError(refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    private int refusal(HttpServletRequest request) {
        if (!fromStaff(request)) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        // an undeclared (chunked) length is counted by the container's own limit as the body streams in
        return request.getContentLengthLong() > maxRequestSize ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : 0;
    }

    private static boolean fromStaff(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> STAFF_AUTHORITY.equals(authority.getAuthority()));
    }

    /** A refused request as the error page sees it: no body, so nothing parses one. */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new EmptyInput();
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
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
    }

    private static final class EmptyInput extends ServletInputStream {

        @Override
        public int read() {
            return -1;
        }

        @Override
        public boolean isFinished() {
            return true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("No body to read");
        }
    }
}
