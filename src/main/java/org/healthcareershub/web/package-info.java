/**
 * Shared web foundation: site settings, layout support, language switching, breadcrumbs, form field
 * problems and the one rule for the characters typed text may hold, error pages, security headers (on every answer, Tomcat's own included), the rate-limit settings
 * and buckets other modules limit requests with, the public API's documentation and error bodies, and
 * search-engine files (sitemap, robots). Depends on no other module. Its public API is the public types of
 * this package ({@code Site}, {@code SiteProperties}, {@code Breadcrumb}, {@code JsonLd}, {@code FieldErrors},
 * {@code EmailAddress}, {@code PlainText}, {@code Choice}, {@code LimitProperties}, {@code RateLimiter},
 * {@code LinkSecret}, {@code ParameterProblems}, the page cache ({@code PageCache}, {@code CachedPage},
 * {@code PageCacheProperties}: pages rendered once per language and audience and served from memory),
 * and the extension points {@code SitemapContributor}, {@code AdminSection}, {@code SecurityRules} and
 * {@code SearchAlertSource}, which each search module implements for saved-search alerts); everything
 * else is package-private.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web (shared)",
        allowedDependencies = {})
package org.healthcareershub.web;
