package org.healthcareershub.web;

import java.util.List;

/** A module that has public pages lists their paths here; the sitemap collects them all. */
public interface SitemapContributor {

    List<String> sitemapPaths();
}
