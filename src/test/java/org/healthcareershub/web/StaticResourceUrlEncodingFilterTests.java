package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

class StaticResourceUrlEncodingFilterTests {

    @Test
    void tellsFileLinksFromPageLinks() {
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/css/hub.css")).isTrue();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/webjars/htmx.org/dist/htmx.min.js?v=1"))
                .isTrue();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/favicon.svg#icon"))
                .isTrue();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/trainings/123")).isFalse();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/trainings?q=a.b&near=Albany, N.Y."))
                .isFalse();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/v1.2/trainings"))
                .isFalse();
        assertThat(StaticResourceUrlEncodingFilter.namesAFile("/")).isFalse();
    }

    @Test
    void looksUpEachFileLinkWithoutAQueryOnce() throws Exception {
        List<String> lookedUp = new ArrayList<>();
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setResourceResolvers(List.of(new ResourceResolver() {
            @Override
            public Resource resolveResource(
                    HttpServletRequest request, String path, List<? extends Resource> at, ResourceResolverChain chain) {
                return null;
            }

            @Override
            public String resolveUrlPath(String path, List<? extends Resource> at, ResourceResolverChain chain) {
                lookedUp.add(path);
                // a page, not a static file: Spring's resource chain finds nothing and remembers nothing
                return null;
            }
        }));
        ResourceUrlProvider provider = new ResourceUrlProvider();
        provider.setHandlerMap(Map.of("/**", handler));
        StaticResourceUrlEncodingFilter filter = new StaticResourceUrlEncodingFilter();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/jobs");
            request.setServletPath("/jobs");
            filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                // as Spring MVC's interceptor does, inside the filter
                req.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
                HttpServletResponse response = (HttpServletResponse) res;
                links.add(response.encodeURL("/sitemap.xml"));
                links.add(response.encodeURL("/jobs/feed.atom?q=nurse"));
                links.add(response.encodeURL("/jobs/12"));
            });
        }

        assertThat(links).containsOnly("/sitemap.xml", "/jobs/feed.atom?q=nurse", "/jobs/12");
        // the link with a query is asked about each time; the page link never
        assertThat(lookedUp).containsExactly("sitemap.xml", "jobs/feed.atom", "jobs/feed.atom", "jobs/feed.atom");
    }
}
