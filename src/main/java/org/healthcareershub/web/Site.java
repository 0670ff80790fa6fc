package org.healthcareershub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs, available in templates as {@code ${site}}: the brand, the funding
 * statement in the reader's language, the language-switch link and canonical URLs.
 */
@Component("site")
public class Site {

    private final SiteProperties properties;

    Site(SiteProperties properties) {
        this.properties = properties;
    }

    public String name() {
        return properties.name();
    }

    public String organization() {
        return properties.organization();
    }

    /** The region's name in the current language ("Nueva York"), {@code hub.region} if untranslated. */
    public String region() {
        return properties.regionName().getOrDefault(language(), properties.region());
    }

    /** Where readers write with questions about their data; empty if unset. */
    public String privacyContact() {
        return properties.privacyContact();
    }

    public String mapTiles() {
        return properties.map().tileUrl();
    }

    public String mapAttribution() {
        return properties.map().attribution();
    }

    public String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    /** The funding acknowledgement in the current language, English if untranslated, empty if unset. */
    public String fundingStatement() {
        var statements = properties.fundingStatement();
        return statements.getOrDefault(language(), statements.getOrDefault("en", ""));
    }

    /** An absolute URL on this deployment, for canonical links, the sitemap and structured data. */
    public String absolute(String path) {
        String base = properties.baseUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The canonical URL of the page being rendered: its path, without query. */
    public String canonical() {
        return absolute(currentPath());
    }

    /** The page being rendered, in {@code language}. */
    public String languageUrl(String language) {
        HttpServletRequest request = request();
        if (request == null) {
            return "/?lang=" + language;
        }
        String query = request.getQueryString();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            query = null;
        }
        try {
            return UriComponentsBuilder.fromPath(currentPath())
                    .query(query)
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return currentPath() + "?lang=" + language;
        }
    }

    public String currentPath() {
        HttpServletRequest request = request();
        if (request == null) {
            return "/";
        }
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && path.startsWith(context)
                ? path.substring(context.length())
                : path;
    }

    public boolean isLanguage(String language) {
        return language().equals(language);
    }

    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
