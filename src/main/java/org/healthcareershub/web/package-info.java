/**
 * Shared web foundation: site settings, layout support, language switching, breadcrumbs, error pages,
 * security headers, the rate-limit settings and buckets other modules limit requests with, and
 * search-engine files (sitemap, robots). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web (shared)",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.healthcareershub.web;
