package org.healthcareershub.jobs.domain;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.SiteChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copy of a site's name, address and point that each posting holds (so the index has all a result
 * shows) in step with the site. An organization that changes a site in its portal publishes {@link
 * SiteChanged}; every posting at that site, whatever its state (a draft, a published posting, or an expired or
 * suspended one that may come back), takes the site's new details from {@link HiringOrganizations} in the
 * same transaction, so the job index is updated with the same commit. A closed site is not among the
 * organization's sites any more: its postings keep their copy, and the editor says the site is closed.
 */
@Component
class SiteCopies {

    private static final Logger log = LoggerFactory.getLogger(SiteCopies.class);

    private final JobPostings postings;
    private final HiringOrganizations organizations;

    SiteCopies(JobPostings postings, HiringOrganizations organizations) {
        this.postings = postings;
        this.organizations = organizations;
    }

    @EventListener
    @Transactional
    void on(SiteChanged changed) {
        Optional<HiringOrganization.Site> site =
                organizations.find(changed.employerId()).flatMap(o -> o.site(changed.siteId()));
        if (site.isEmpty()) {
            return;
        }
        List<JobPosting> atSite = postings.findByEmployerIdAndSiteId(changed.employerId(), changed.siteId());
        atSite.forEach(posting -> posting.copySite(site.get()));
        if (!atSite.isEmpty()) {
            log.info(
                    "Copied site {} of employer {} into {} job postings",
                    changed.siteId(),
                    changed.employerId(),
                    atSite.size());
        }
    }
}
