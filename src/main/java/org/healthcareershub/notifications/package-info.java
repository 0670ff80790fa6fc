/**
 * Notifications: outgoing mail through SMTP with an outbox, so nothing is lost when the mail server is
 * away (undelivered messages are retried); with no SMTP host configured, mail is kept in the outbox and
 * shown to staff. Mail to an organization's shared address is written in English and Spanish
 * ({@link org.healthcareershub.notifications.OrganizationMessage}). Forgets the mail to a deleted account's address on
 * {@link org.healthcareershub.identity.AccountDeleted}. Mailings carry a one-click unsubscribe
 * ({@link org.healthcareershub.notifications.ListUnsubscribe}). Career news (double opt-in subscriptions by
 * career and region, staff-written issues sent in the background) lives here too, reading careers and
 * regions from the careers and geo modules. Depends on careers, geo, identity and web.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"careers", "geo", "identity", "web"})
package org.healthcareershub.notifications;
