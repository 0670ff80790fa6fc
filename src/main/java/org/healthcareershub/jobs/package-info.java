/**
 * Jobs: job postings and their lifecycle (draft, published, expired, closed), the public job search on its
 * own Lucene index, job pages with schema.org {@code JobPosting}, the Atom feed and the JSON API. Depends on
 * careers (titles and SOC codes), employers (organizations, verification state and sites, through
 * {@link org.healthcareershub.employers.HiringOrganizations}), geo, notifications (reminder mail), search
 * web and identity (which organization a signed-in employer acts for); it closes the published postings of
 * an organization that staff suspend and reopens them when staff verify it again
 * ({@link org.healthcareershub.employers.OrganizationStandingChanged}), and copies a changed site's address
 * into its postings ({@link org.healthcareershub.employers.SiteChanged}); it adds openings to career and
 * employer pages through interfaces those modules own. It keeps seekers' interest in postings
 * ({@link org.healthcareershub.jobs.JobInterests}): the organization sees it in its portal and moves it
 * through its stages, publishing {@link org.healthcareershub.jobs.InterestStageChanged}; a deleted account's
 * interest goes with it. Visitors report postings and staff handle the reports
 * ({@link org.healthcareershub.jobs.JobModeration}), publishing each act as an event that accounts records in
 * the audit log.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Jobs",
        allowedDependencies = {"careers", "employers", "geo", "identity", "notifications", "search", "web"})
package org.healthcareershub.jobs;
