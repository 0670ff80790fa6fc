/**
 * Notifications: outgoing mail through SMTP with an outbox, so nothing is lost when the mail server is
 * away (undelivered messages are retried); with no SMTP host configured, mail is kept in the outbox and
 * shown to staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.healthcareershub.notifications;
