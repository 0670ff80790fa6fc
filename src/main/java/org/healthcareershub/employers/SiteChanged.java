package org.healthcareershub.employers;

/**
 * An organization changed one of its sites from its portal: new details (its address geocoded again) or
 * closed. Published in the transaction that changed it, so modules that keep a copy of the site's address
 * and point (job postings) can refresh it with a plain {@code @EventListener} before it commits, and their
 * index follows with the same commit. {@link HiringOrganizations} gives the site as it now is, or nothing
 * once it is closed.
 */
public record SiteChanged(long employerId, long siteId) {}
