/**
 * Jobs: job postings and their lifecycle (draft, published, expired, closed), the public job search on its
 * own Lucene index, job pages with schema.org {@code JobPosting}, the Atom feed and the JSON API. Depends on
 * careers (titles and SOC codes), employers (organizations, verification state and sites, through
 * {@link org.healthcareershub.employers.HiringOrganizations}), geo, notifications (reminder mail), search
 * web and identity (which organization a signed-in employer acts for). It keeps seekers' interest in postings
 * ({@link org.healthcareershub.jobs.JobInterests}): the organization sees it in its portal and moves it
 * through its stages, publishing {@link org.healthcareershub.jobs.InterestStageChanged}; a deleted account's
 * interest goes with it. It closes the published postings of
 * an organization that staff reject or suspend ({@link org.healthcareershub.employers.OrganizationStandingChanged}); it adds openings to career and employer pages through interfaces those modules own.
 * Visitors report postings and staff handle the reports ({@link org.healthcareershub.jobs.JobModeration}),
 * publishing each act as an event that accounts records in the audit log.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Jobs",
        allowedDependencies = {"careers", "employers", "geo", "identity", "notifications", "search", "web"})
package org.healthcareershub.jobs;
