package org.healthcareershub.employers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.employers.domain.ContactRequest;
import org.healthcareershub.employers.domain.ContactRequests;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.employers.domain.Employers;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.notifications.OrganizationMessage;
import org.healthcareershub.web.LinkSecret;
import org.healthcareershub.web.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Contact this employer": stores the request, mails it to the employer's contact (in English and Spanish,
 * with a link to the portal's list of requests, {@link #PORTAL_PATH}) and a copy to the sender.
 * The request is saved before any mail is tried, so a mail server that is down loses nothing (the outbox
 * retries). Each client address and each sender email may send a few requests an hour ({@link ContactLimit}).
 *
 * <p>Only a confirmed address gets mail with what the sender wrote. A sender who is not signed in with that
 * address, confirmed, gets a link instead (no word of their message in it); the request waits, unseen by the
 * employer, until the link is used ({@link #confirm}), and is deleted unsent once the link expires
 * ({@link #CONFIRM_WITHIN}).
 */
@Service
public class ContactEmployer {

    /** The page behind the link in a confirmation mail. */
    public static final String CONFIRM_PATH = "/employers/contact-requests/confirm";

    /** Where the organization reads its requests and marks them answered (in its portal). */
    public static final String PORTAL_PATH = "/employer/contact-requests";

    /** How long a confirmation link works; an unconfirmed request is deleted after that. */
    public static final Duration CONFIRM_WITHIN = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(ContactEmployer.class);

    public record Request(String name, String email, String phone, String career, String message) {}

    /** A request as it was sent, for the sender's data export. */
    public record SentRequest(
            String employer, String name, String email, String phone, String career, String message, Instant sentAt) {}

    public enum Outcome {
        /** Sent to the employer, with a copy to the sender. */
        SENT,
        /**
         * The sender's address must be confirmed first: a link was mailed, or (their email having asked for
         * enough links this hour) nothing was, which the answer does not tell apart.
         */
        CONFIRMATION_NEEDED,
        RATE_LIMITED
    }

    /** What a confirmation link leads to. */
    public enum LinkState {
        /** Waiting: the link can send the message. */
        VALID,
        /** The message went out on this use of the link. */
        SENT,
        /** The message went out on an earlier use. */
        USED,
        EXPIRED,
        /** The employer has left the directory (suspended) since the message was written: nothing is sent. */
        EMPLOYER_GONE,
        /** No such link (mistyped, or deleted some time after it expired). */
        UNKNOWN
    }

    /** A link's state and the employer the message is for (null when the link is unknown). */
    public record Confirmation(LinkState state, String employer, String employerSlug) {}

    private final Employers employers;
    private final ContactRequests requests;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ContactLimit limit;
    private final SiteProperties site;
    private final Clock clock;

    ContactEmployer(
            Employers employers,
            ContactRequests requests,
            Mailer mailer,
            MessageSource messages,
            ContactLimit limit,
            SiteProperties site,
            Clock clock) {
        this.employers = employers;
        this.requests = requests;
        this.mailer = mailer;
        this.messages = messages;
        this.limit = limit;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Sends a request now when {@code addressConfirmed} (its sender is signed in with that address, confirmed),
     * and otherwise stores it and mails its sender a confirmation link.
     */
    @Transactional
    public Outcome contact(
            String slug, Request request, boolean addressConfirmed, String clientAddress, Locale locale) {
        Employer employer = employers
                .findBySlug(slug)
                .filter(Employer::isPublic)
                .orElseThrow(() -> new EmployerNotFoundException(slug));
        ContactLimit.Verdict verdict = limit.check(clientAddress, request.email());
        if (verdict == ContactLimit.Verdict.ADDRESS_LIMITED
                || (verdict == ContactLimit.Verdict.EMAIL_LIMITED && addressConfirmed)) {
            return Outcome.RATE_LIMITED;
        }
        if (verdict == ContactLimit.Verdict.EMAIL_LIMITED) {
            // whoever typed someone else's address learns nothing of how often it was used
            return Outcome.CONFIRMATION_NEEDED;
        }
        Instant now = clock.instant();
        ContactRequest stored = new ContactRequest(
                employer, request.name(), request.email(), request.phone(), request.career(), request.message(), now);
        if (addressConfirmed) {
            stored.send(now);
            deliver(requests.save(stored), locale);
            return Outcome.SENT;
        }
        String secret = LinkSecret.generate();
        stored.awaitConfirmation(LinkSecret.hash(secret), now.plus(CONFIRM_WITHIN));
        ContactRequest pending = requests.save(stored);
        String link = UriComponentsBuilder.fromUri(site.baseUrl())
                .path(CONFIRM_PATH)
                .queryParam("token", secret)
                .build()
                .toUriString();
        // the sender's address is unproven: the mail holds our words, the employer's name and the link only
        mailer.sendPrivately(
                request.email(),
                messages.getMessage("contact.mail.confirm.subject", new Object[] {employer.name()}, locale),
                messages.getMessage(
                        "contact.mail.confirm.body",
                        new Object[] {employer.name(), link, CONFIRM_WITHIN.toHours()},
                        locale));
        log.info("Contact request {} waits for its sender to confirm the address", pending.id());
        return Outcome.CONFIRMATION_NEEDED;
    }

    /** Where a confirmation link stands, without using it (for the page that asks to confirm). */
    @Transactional(readOnly = true)
    public Confirmation check(String secret) {
        Optional<ContactRequest> found = find(secret);
        return new Confirmation(state(found), employerName(found), employerSlug(found));
    }

    /**
     * Uses a confirmation link: the request goes to the employer, with a copy to its sender, once only and
     * only before the link expires.
     */
    @Transactional
    public Confirmation confirm(String secret, Locale locale) {
        Optional<ContactRequest> found = find(secret);
        LinkState state = state(found);
        if (state == LinkState.VALID) {
            ContactRequest request = found.get();
            if (requests.markSent(request.id(), clock.instant()) == 1) {
                deliver(request, locale);
                log.info("Contact request {} confirmed and sent", request.id());
                state = LinkState.SENT;
            } else {
                // another use of the link won, or it expired in between
                state = request.isExpired(clock.instant()) ? LinkState.EXPIRED : LinkState.USED;
            }
        }
        return new Confirmation(state, employerName(found), employerSlug(found));
    }

    /** Deletes the requests whose senders never confirmed their address, once the link has expired. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    @Transactional
    public void purgeUnconfirmed() {
        int purged = requests.purgeUnconfirmed(clock.instant());
        if (purged > 0) {
            log.info("Deleted {} contact requests whose senders never confirmed their address", purged);
        }
    }

    /** The requests sent from an email address (compared without case), oldest first; unconfirmed ones not. */
    @Transactional(readOnly = true)
    public List<SentRequest> sentFrom(String email) {
        return requests.sentFrom(email.strip()).stream()
                .map(r -> new SentRequest(
                        r.employer().name(), r.name(), r.email(), r.phone(), r.career(), r.message(), r.sentAt()))
                .toList();
    }

    /**
     * Removes the stored copies of the requests sent from a deleted account's address, unconfirmed ones
     * included, in the deleting transaction; the employers keep the mail they received. An unconfirmed address
     * may belong to someone else, whose requests are not this account's to remove.
     */
    @EventListener
    @Transactional
    void on(AccountDeleted deleted) {
        if (deleted.emailConfirmed()) {
            requests.forgetSender(deleted.email().strip());
        }
    }

    private Optional<ContactRequest> find(String secret) {
        return LinkSecret.plausible(secret) ? requests.findByTokenHash(LinkSecret.hash(secret)) : Optional.empty();
    }

    private LinkState state(Optional<ContactRequest> found) {
        if (found.isEmpty()) {
            return LinkState.UNKNOWN;
        }
        if (found.get().status() == ContactRequest.Status.SENT) {
            return LinkState.USED;
        }
        if (!found.get().employer().isPublic()) {
            return LinkState.EMPLOYER_GONE;
        }
        return found.get().isExpired(clock.instant()) ? LinkState.EXPIRED : LinkState.VALID;
    }

    private static String employerName(Optional<ContactRequest> found) {
        return found.map(r -> r.employer().name()).orElse(null);
    }

    private static String employerSlug(Optional<ContactRequest> found) {
        return found.map(r -> r.employer().slug()).orElse(null);
    }

    private void deliver(ContactRequest request, Locale locale) {
        Employer employer = request.employer();
        if (employer.contactEmail() != null) {
            // the organization's shared address has no language: English, then Spanish, their words once
            OrganizationMessage mail = OrganizationMessage.of(
                            messages,
                            "contact.mail.employer.subject",
                            "contact.mail.employer.body",
                            employer.name(),
                            request.name(),
                            request.email(),
                            request.phone() == null || request.phone().isBlank() ? "-" : request.phone(),
                            request.career() == null ? "-" : request.career(),
                            UriComponentsBuilder.fromUri(site.baseUrl())
                                    .path(PORTAL_PATH)
                                    .build()
                                    .toUriString())
                    .quoting(messages, "contact.mail.employer.message", request.message());
            mailer.send(employer.contactEmail(), mail.subject(), mail.body());
        }
        mailer.send(
                request.email(),
                messages.getMessage("contact.mail.sender.subject", new Object[] {employer.name()}, locale),
                messages.getMessage(
                        "contact.mail.sender.body",
                        new Object[] {request.name(), employer.name(), request.message()},
                        locale));
    }
}
