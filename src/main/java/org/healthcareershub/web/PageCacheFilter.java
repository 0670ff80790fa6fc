package org.healthcareershub.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.healthcareershub.web.PageCache.Audience;
import org.healthcareershub.web.PageCache.Key;
import org.healthcareershub.web.PageCache.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers the GET and HEAD requests for {@link CachedPage} handlers from {@link PageCache}, and keeps what
 * they render. It runs right after Spring Security's filter chain: by then the security headers are written
 * (an answer from memory carries the same ones as a rendered page) and the audience is known. A second
 * instance runs before Spring Security, right after {@link SecurityHeadersFilter} and the host and parameter
 * checks, for visitors without a session (anonymous for sure: there is no remember-me): it answers from
 * pages already kept, so that a hit costs a map lookup and a copy of the bytes; Spring Security would add
 * nothing to such an answer but a {@code Cache-Control}, which a kept page sets itself. A miss renders through the rest of the chain
 * with the query normalised, so the page does not depend on how the visitor spelled it, and keeps the result
 * if the handler was a cached page, answered 200 with HTML and showed no field problem.
 *
 * <p>Language and audience are per visitor (the {@code hub-lang} cookie or {@code ?lang=}, the session), so
 * answers say {@code Vary: Accept-Encoding, Cookie}; a proxy may share an anonymous page, a signed-in one is
 * {@code private}.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String HANDLED = PageCacheFilter.class.getName() + ".HANDLED";
    static final String NOT_KEPT = PageCacheFilter.class.getName() + ".NOT_KEPT";
    private static final String LANG = "lang";

    private final PageCache cache;
    private final LocaleResolver locales;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final String browserMaxAge;
    private final boolean early;
    private final HitTimers hits;
    private volatile List<Route> routes;

    /**
     * {@code early}: the instance that runs before Spring Security, which only answers visitors without a
     * session from pages already kept (see {@link WebConfiguration}); the other renders and keeps them.
     * {@code meters}: where the early instance, which runs before Boot's request observation, times the
     * requests it answers (null: nowhere).
     */
    PageCacheFilter(
            PageCache cache,
            LocaleResolver locales,
            ObjectProvider<RequestMappingHandlerMapping> mappings,
            PageCacheProperties properties,
            boolean early,
            MeterRegistry meters) {
        this.early = early;
        this.hits = early && meters != null ? new HitTimers(meters) : null;
        this.cache = cache;
        this.locales = locales;
        this.mappings = mappings;
        this.browserMaxAge = "max-age=" + properties.browserMaxAge().toSeconds();
    }

    /** A path pattern of a cached page and the query parameters that choose its variants. */
    private record Route(PathPattern pattern, Set<String> variants) {}

    /** The entry a request asks for, whether it switches the language, and the handler's path pattern. */
    private record Lookup(Key key, Locale switchTo, String pattern) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !cache.enabled() || !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        if (early && (request.getRequestedSessionId() != null || request.getSession(false) != null)) {
            chain.doFilter(request, response);
            return;
        }
        Lookup lookup = lookup(request);
        if (lookup == null) {
            chain.doFilter(request, response);
            return;
        }
        Page page = cache.get(lookup.key());
        if (page == null && early) {
            chain.doFilter(request, response);
            return;
        }
        if (page == null) {
            if ("HEAD".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            page = render(lookup, request, response, chain);
            if (page == null) {
                return;
            }
        } else {
            if (lookup.switchTo() != null) {
                locales.setLocale(request, response, lookup.switchTo());
            }
            // the request metrics name the page's route, as for a rendered page
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(lookup.pattern()));
        }
        write(page, lookup, request, response);
        if (hits != null) {
            hits.record(request.getMethod(), response.getStatus(), lookup.pattern(), started);
        }
    }

    private Page render(Lookup lookup, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long generation = cache.generation();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(new NormalisedQuery(request, lookup.key().query()), capture);
        byte[] body = capture.getContentAsByteArray();
        if (!keepable(request, capture, body)) {
            capture.copyBodyToResponse();
            return null;
        }
        return cache.store(
                lookup.key(), body, capture.getContentType(), lookup.key().language(), generation);
    }

    /**
     * Only a cached page's handler answering 200 with HTML and no field problem, holding no session id in
     * its links (Tomcat adds one when a session starts without a cookie) and no CSRF token.
     */
    private static boolean keepable(HttpServletRequest request, HttpServletResponse response, byte[] body) {
        if (request.getAttribute(HANDLED) == null
                || request.getAttribute(NOT_KEPT) != null
                || response.getStatus() != HttpServletResponse.SC_OK
                || response.getContentType() == null
                || !response.getContentType().startsWith("text/html")
                || response.containsHeader(HttpHeaders.CONTENT_ENCODING)) {
            return false;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return !text.contains(";jsessionid=") && !text.contains("name=\"_csrf\"");
    }

    /**
     * A shared cache may keep an anonymous page, but not one that sets the language cookie ({@code ?lang=}):
     * that answer is for this browser only.
     */
    private void write(Page page, Lookup lookup, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        boolean shared = lookup.key().audience() == Audience.ANONYMOUS && lookup.switchTo() == null;
        response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, (shared ? "public, " : "private, ") + browserMaxAge);
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Cookie");
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        // as a rendered page's: the servlet container writes Content-Language from the response's locale
        response.setLocale(locale(page.contentLanguage()));
        byte[] bytes = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static Locale locale(String language) {
        for (Locale supported : WebConfiguration.SUPPORTED) {
            if (supported.getLanguage().equals(language)) {
                return supported;
            }
        }
        return Locale.forLanguageTag(language);
    }

    private static boolean notModified(Page page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String plain = tag.strip();
                plain = plain.startsWith("W/") ? plain.substring(2) : plain;
                if (plain.equals("*") || plain.equals(page.etag()) || plain.equals(page.gzipEtag())) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified() <= since;
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                    if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The entry for this request, or null if it is not for a cached page or carries anything that is not a
     * variant: an unknown or repeated parameter, a path that needs decoding, a language the portal does not
     * offer (only {@code ?lang=} of an offered one switches, as {@link WebConfiguration} does).
     */
    private Lookup lookup(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.indexOf(';') >= 0 || path.indexOf('%') >= 0) {
            return null;
        }
        Route route = route(path);
        if (route == null) {
            return null;
        }
        Locale switchTo = null;
        Map<String, String> variants = new TreeMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String[] values = parameter.getValue();
            if (values.length != 1 || !(name.equals(LANG) || route.variants().contains(name))) {
                return null;
            }
            String value = values[0].strip();
            if (name.equals(LANG)) {
                switchTo = WebConfiguration.SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equals(values[0]))
                        .findFirst()
                        .orElse(null);
            } else if (!value.isEmpty()) {
                variants.put(name, value);
            }
        }
        Locale locale = switchTo != null ? switchTo : locales.resolveLocale(request);
        if (!WebConfiguration.SUPPORTED.contains(locale)) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        variants.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return new Lookup(
                new Key(path, query.toString(), locale.getLanguage(), early ? Audience.ANONYMOUS : audience()),
                switchTo,
                route.pattern().getPatternString());
    }

    private static Audience audience() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Audience.ANONYMOUS;
        }
        return authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))
                ? Audience.ADMIN
                : Audience.SIGNED_IN;
    }

    private Route route(String path) {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (var handler : mappings.getObject().getHandlerMethods().entrySet()) {
                CachedPage cached = handler.getValue().getMethodAnnotation(CachedPage.class);
                if (cached != null && handler.getKey().getPathPatternsCondition() != null) {
                    for (PathPattern pattern :
                            handler.getKey().getPathPatternsCondition().getPatterns()) {
                        known.add(new Route(pattern, Set.copyOf(Arrays.asList(cached.variants()))));
                    }
                }
            }
            routes = known = List.copyOf(known);
        }
        PathContainer container = null;
        for (Route route : known) {
            container = container == null ? PathContainer.parsePath(path) : container;
            if (route.pattern().matches(container)) {
                return route;
            }
        }
        return null;
    }

    /** The request as its page is rendered: its query as the variant's normalised one (the language links). */
    private static final class NormalisedQuery extends HttpServletRequestWrapper {

        private final String query;

        NormalisedQuery(HttpServletRequest request, String query) {
            super(request);
            this.query = query.isEmpty() ? null : query;
        }

        @Override
        public String getQueryString() {
            return query;
        }
    }

    /**
     * Times the early instance's answers into Boot's request timers, with the name and tags that its request
     * observation gives a page answered after it ({@code DefaultServerRequestObservationConvention} and the
     * meter handler's {@code error}), so a page from memory counts in {@code http.server.requests} as before.
     */
    private static final class HitTimers {

        private final MeterRegistry registry;
        private final Map<String, Timer> timers = new ConcurrentHashMap<>();

        HitTimers(MeterRegistry registry) {
            this.registry = registry;
        }

        void record(String method, int status, String uri, long started) {
            timers.computeIfAbsent(
                            method + ' ' + status + ' ' + uri,
                            key -> Timer.builder("http.server.requests")
                                    .tags(
                                            "error",
                                            "none",
                                            "exception",
                                            "none",
                                            "method",
                                            method,
                                            "outcome",
                                            status < 300 ? "SUCCESS" : "REDIRECTION",
                                            "status",
                                            Integer.toString(status),
                                            "uri",
                                            uri)
                                    .register(registry))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** Tells the filter that a cached page's handler answered, and whether its page shows a field problem. */
    static final class Handled implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(CachedPage.class)) {
                request.setAttribute(HANDLED, Boolean.TRUE);
            }
            return true;
        }

        @Override
        public void postHandle(
                HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
            if (view != null
                    && view.getModel().values().stream()
                            .anyMatch(value -> value instanceof FieldErrors errors && !errors.isEmpty())) {
                request.setAttribute(NOT_KEPT, Boolean.TRUE);
            }
        }
    }
}
