package org.healthcareershub.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final BreadcrumbJsonLd breadcrumbJsonLd;

    WebConfiguration(BreadcrumbJsonLd breadcrumbJsonLd) {
        this.breadcrumbJsonLd = breadcrumbJsonLd;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** After the security headers (+1), the host check (+2) and the parameter check (+30). */
    private static final int EARLY_PAGE_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE + 31;

    /** The one clock the app reads the time from, so that tests can set it (rate limits, lockouts). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** {@code ?lang=es} switches the language; a cookie remembers the choice for a year. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("hub-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** Replaces Boot's resource URL filter (same dispatcher types) with one that skips page links. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Security headers first, on every dispatch, so no answer goes out without them. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(SiteProperties site) {
        return early(
                new SecurityHeadersFilter(
                        SecurityConfiguration.contentSecurityPolicy(site.map().tileOrigin())),
                1);
    }

    /**
     * Replaces the error report valves of Tomcat's host (Boot adds one) with the site's, after Boot's own
     * customizers, so that answers Tomcat gives on its own carry the security headers too.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorReports(
            FilterRegistrationBean<SecurityHeadersFilter> securityHeaders, MessageSource messages) {
        return new LastTomcatCustomizer(securityHeaders.getFilter(), messages);
    }

    private record LastTomcatCustomizer(SecurityHeadersFilter headers, MessageSource messages)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new SiteErrorReportValve(headers, messages));
                host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Right after Spring Security's filter chain (its headers written, the audience known), so that a page
     * from memory skips everything after it.
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache cache,
            LocaleResolver localeResolver,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            PageCacheProperties properties) {
        return pageCache(
                new PageCacheFilter(cache, localeResolver, mappings, properties, false, null),
                SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
    }

    /**
     * Kept pages for visitors without a session, after the headers and the host and parameter checks, and
     * before the request observation (see {@link #requestObservationAfterEarlyPageCache()}).
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> earlyPageCacheFilter(
            PageCache cache,
            LocaleResolver localeResolver,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            PageCacheProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        return pageCache(
                new PageCacheFilter(cache, localeResolver, mappings, properties, true, meters.getIfAvailable()),
                EARLY_PAGE_CACHE_ORDER);
    }

    /**
     * Boot observes every request (the {@code http.server.requests} metrics) in its first filter; that
     * observation cost a page from memory a fifth of its CPU (docs/benchmarks.md, "Issue 12, items 1 and 3").
     * It moves to right after the early page cache, which times its hits itself into the same timers.
     */
    @Bean
    static BeanPostProcessor requestObservationAfterEarlyPageCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof FilterRegistrationBean<?> registration
                        && registration.getFilter() instanceof ServerHttpObservationFilter) {
                    registration.setOrder(EARLY_PAGE_CACHE_ORDER + 1);
                }
                return bean;
            }
        };
    }

    private static FilterRegistrationBean<PageCacheFilter> pageCache(PageCacheFilter filter, int order) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AllowedHostFilter> allowedHostFilter(SiteProperties site) {
        return early(new AllowedHostFilter(site.baseUrl(), site.allowedHosts()), 2);
    }

    /** After Boot's character encoding filter (highest precedence), which must run before parameters are read. */
    @Bean
    FilterRegistrationBean<MalformedParameterFilter> malformedParameterFilter() {
        return early(new MalformedParameterFilter(), 30);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> early(F filter, int offset) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + offset);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChangeInterceptor());
        registry.addInterceptor(breadcrumbJsonLd);
        registry.addInterceptor(new PageCacheFilter.Handled());
    }

    /** Switches on {@code ?lang=}; a language the portal does not offer is ignored, not an error. */
    static class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLocaleChangeInterceptor() {
            setParamName("lang");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            String requested = request.getParameter(getParamName());
            if (requested != null
                    && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(requested))) {
                return true;
            }
            return super.preHandle(request, response, handler);
        }
    }
}
