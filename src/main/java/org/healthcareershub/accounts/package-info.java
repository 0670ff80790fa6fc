/**
 * Accounts: identity and roles (seeker, employer, provider, admin), sign-up with email verification,
 * sign-in throttling and lockout, password reset and changes, seeker profiles, saved items, saved-search
 * alerts (searches read and run through each search module's {@code web.SearchAlertSource}), data export
 * and deletion, an organization's colleagues (invitations by email, joining, removal) and the staff audit log. Depends on employers (an employer sign-up registers its
 * organization; saved employers; contact requests in exports), trainings (saved trainings; it fills in
 * the training guide through {@code GuideDefaults}), jobs (saved openings; the express-interest page, which
 * shares what the seeker ticks of their profile through {@code JobInterests}; it mails the seeker when an
 * organization moves their interest, on {@code InterestStageChanged}; interest in exports), careers,
 * notifications (mail), web and identity (it
 * grants the verified-email authority and publishes {@link org.healthcareershub.identity.AccountDeleted},
 * which employers and notifications handle, so deleting an account calls neither directly) and jobs (it
 * records in the audit log what staff did with reports about postings, from the events jobs publishes).
 * Talent depends on it, never the other way: it reads seekers' profiles and mailboxes through
 * {@link org.healthcareershub.accounts.Seekers} and adds links to the account's home as
 * {@link org.healthcareershub.accounts.AccountSection} beans, and its part of the data export as an
 * {@link org.healthcareershub.accounts.AccountDataSection} bean.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"careers", "employers", "identity", "jobs", "notifications", "trainings", "web"})
package org.healthcareershub.accounts;
