/**
 * Notifications: outgoing mail through SMTP with an outbox, so nothing is lost when the mail server is
 * away (undelivered messages are retried); with no SMTP host configured, mail is kept in the outbox and
 * shown to staff. Mail to an organization's shared address is written in English and Spanish
 * ({@link org.healthcareershub.notifications.OrganizationMessage}). Forgets the mail to a deleted account's address on
 * {@link org.healthcareershub.identity.AccountDeleted}. Depends on web and identity.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"identity", "web"})
package org.healthcareershub.notifications;
