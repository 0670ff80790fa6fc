/**
 * Talent: seekers who choose to be found by verified organizations, on their own terms (which regions or how
 * far from their ZIP code, which careers, which profile details, until when), the organizations' talent search
 * that shows only what each seeker allowed under a pseudonym of its own per organization, and the access log
 * that shows each seeker every organization that saw or contacted them. Other parts of the module (outreach)
 * ask {@link org.healthcareershub.talent.TalentDirectory} whether an organization may reach a seeker and by
 * which handle, and record each use in {@link org.healthcareershub.talent.AccessLog}. Depends on accounts (the
 * seekers' profiles and mailboxes, the link on the account's home, and its part of the data export), careers, employers (organizations, their
 * standing and sites; the link in the portal), geo, identity (which organization a signed-in employer acts
 * for; it forgets a deleted account on {@link org.healthcareershub.identity.AccountDeleted}), notifications
 * (mail) and web.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Talent",
        allowedDependencies = {"accounts", "careers", "employers", "geo", "identity", "jobs", "notifications", "web"})
package org.healthcareershub.talent;
