/**
 * Employers: organizations and their sites, setting types, verification state, and the directory search
 * (text, setting, career, region, distance) with profiles, contact requests, and the employer portal where an
 * organization edits its profile and sites and reads and answers its contact requests (other modules add
 * parts through {@link org.healthcareershub.employers.PortalSection}). Only verified employers are public; a
 * change of standing by staff is published as {@link org.healthcareershub.employers.OrganizationStandingChanged},
 * a changed or closed site as {@link org.healthcareershub.employers.SiteChanged}. Depends on careers, geo, notifications (mail), search, web and identity (the verified-email
 * authority; it forgets a deleted account's requests and address on
 * {@link org.healthcareershub.identity.AccountDeleted}), never on accounts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Employers",
        allowedDependencies = {"careers", "geo", "identity", "notifications", "search", "web"})
package org.healthcareershub.employers;
