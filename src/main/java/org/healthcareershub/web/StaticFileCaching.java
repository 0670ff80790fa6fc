package org.healthcareershub.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Files whose address changes with their content are cached for a year and never revalidated: styles and
 * scripts under a content-hash address ({@code /css/hub-<md5>.css}, which pages link through the resource
 * chain) and webjar files under their version ({@code /webjars/leaflet/1.9.4/...}). These handlers match
 * only such addresses and take precedence over Boot's, being more specific; everything else (the same
 * files without a hash, the favicon) stays with Boot's handlers and their short max-age. A missing file is
 * a 404 without these headers: the handler sets them only when it serves a file.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileCaching implements WebMvcConfigurer {

    static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/{file:[\\w.-]+-[0-9a-f]{32}\\.[a-z]+}")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(IMMUTABLE)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/{name}/{version:[0-9][\\w.-]*}/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(IMMUTABLE)
                .resourceChain(true);
    }
}
