package org.healthcareershub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the request's {@code Host} header out of every absolute URL the portal writes (sign-in redirects,
 * the OpenAPI server address): a request for a host that is not the public address ({@code hub.base-url})
 * or one of {@code hub.allowed-hosts} is seen by the rest of the application as a request to the public
 * address. Requests are still answered, so a health check or a proxy using an internal name keeps working.
 */
class AllowedHostFilter extends OncePerRequestFilter {

    private final URI base;
    private final Set<String> allowed;

    AllowedHostFilter(URI baseUrl, Collection<String> allowedHosts) {
        this.base = baseUrl;
        this.allowed = Stream.concat(Stream.of(baseUrl.getHost()), allowedHosts.stream())
                .filter(host -> host != null && !host.isBlank())
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(String serverName) {
        return serverName != null && allowed.contains(serverName.toLowerCase(Locale.ROOT));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(allows(request.getServerName()) ? request : new PublicAddress(request, base), response);
    }

    /** The request as if it had been made to the public address. */
    private static final class PublicAddress extends HttpServletRequestWrapper {

        private final URI base;
        private final int port;

        PublicAddress(HttpServletRequest request, URI base) {
            super(request);
            this.base = base;
            this.port = base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
        }

        private String authority() {
            return base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
        }

        @Override
        public String getServerName() {
            return base.getHost();
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public String getScheme() {
            return base.getScheme();
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(base.getScheme() + "://" + authority() + getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? authority() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "host".equalsIgnoreCase(name)
                    ? Collections.enumeration(Set.of(authority()))
                    : super.getHeaders(name);
        }
    }
}
