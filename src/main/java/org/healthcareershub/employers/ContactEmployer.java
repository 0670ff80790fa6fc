package org.healthcareershub.employers;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.employers.domain.ContactRequest;
import org.healthcareershub.employers.domain.ContactRequests;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.employers.domain.Employers;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.notifications.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Contact this employer": stores the request, mails it to the employer's contact and confirms to the
 * sender. The request is saved before any mail is tried, so a mail server that is down loses nothing
 * (the outbox retries). Each client address and each sender email may send a few requests an hour
 * ({@link ContactLimit}).
 */
@Service
public class ContactEmployer {

    public record Request(String name, String email, String phone, String career, String message) {}

    /** A request as it was stored, for the sender's data export. */
    public record SentRequest(
            String employer, String name, String email, String phone, String career, String message, Instant sentAt) {}

    public enum Outcome {
        SENT,
        RATE_LIMITED
    }

    private final Employers employers;
    private final ContactRequests requests;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ContactLimit limit;

    ContactEmployer(
            Employers employers, ContactRequests requests, Mailer mailer, MessageSource messages, ContactLimit limit) {
        this.employers = employers;
        this.requests = requests;
        this.mailer = mailer;
        this.messages = messages;
        this.limit = limit;
    }

    @Transactional
    public Outcome contact(String slug, Request request, String clientAddress, Locale locale) {
        Employer employer = employers
                .findBySlug(slug)
                .filter(Employer::isPublic)
                .orElseThrow(() -> new EmployerNotFoundException(slug));
        if (!limit.allows(clientAddress, request.email())) {
            return Outcome.RATE_LIMITED;
        }
        requests.save(new ContactRequest(
                employer, request.name(), request.email(), request.phone(), request.career(), request.message()));
        if (employer.contactEmail() != null) {
            mailer.send(
                    employer.contactEmail(),
                    messages.getMessage("contact.mail.employer.subject", new Object[] {request.name()}, Locale.ENGLISH),
                    messages.getMessage(
                            "contact.mail.employer.body",
                            new Object[] {
                                employer.name(),
                                request.name(),
                                request.email(),
                                request.phone() == null ? "-" : request.phone(),
                                request.career() == null ? "-" : request.career(),
                                request.message()
                            },
                            Locale.ENGLISH));
        }
        mailer.send(
                request.email(),
                messages.getMessage("contact.mail.sender.subject", new Object[] {employer.name()}, locale),
                messages.getMessage(
                        "contact.mail.sender.body",
                        new Object[] {request.name(), employer.name(), request.message()},
                        locale));
        return Outcome.SENT;
    }

    /** The requests sent from an email address (compared without case), oldest first. */
    @Transactional(readOnly = true)
    public List<SentRequest> sentFrom(String email) {
        return requests.sentFrom(email.strip()).stream()
                .map(r -> new SentRequest(
                        r.employer().name(), r.name(), r.email(), r.phone(), r.career(), r.message(), r.createdAt()))
                .toList();
    }

    /**
     * Removes the stored copies of the requests sent from a deleted account's address, in the deleting
     * transaction; the employers keep the mail they received. An unconfirmed address may belong to someone
     * else, whose requests are not this account's to remove.
     */
    @EventListener
    @Transactional
    void on(AccountDeleted deleted) {
        if (deleted.emailConfirmed()) {
            requests.forgetSender(deleted.email().strip());
        }
    }
}
