/**
 * Shared web foundation: site settings, layout support, language switching, breadcrumbs, form field
 * problems, error pages, security headers and search-engine files (sitemap, robots). Depends on no other
 * module. Its public API is the public types of this package ({@code Site}, {@code SiteProperties},
 * {@code Breadcrumb}, {@code JsonLd}, {@code FieldErrors}, and the extension points {@code SitemapContributor},
 * {@code AdminSection} and {@code SecurityRules}); everything else is package-private.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web (shared)",
        allowedDependencies = {})
package org.healthcareershub.web;
