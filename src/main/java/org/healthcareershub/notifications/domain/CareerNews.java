package org.healthcareershub.notifications.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.notifications.ListUnsubscribe;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.LinkSecret;
import org.healthcareershub.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career news subscriptions (double opt-in) and the issues staff write. Subscribing mails a one-time link
 * (only its hash is stored; it expires after {@code hub.news.confirm-valid}, two days by default) and changes
 * nothing until the link is used, so nobody can sign someone else up or change their choices; the answer is
 * the same whether or not the address gets news already. Unsubscribing by token answers the same for an
 * unknown token. Logs name ids only.
 */
@Service
public class CareerNews {

    /** What became of a subscription request. */
    public enum Request {
        MAILED,
        SUBSCRIBED,
        LIMITED,
        REFUSED
    }

    /** What a confirmation link is. */
    public enum LinkState {
        VALID,
        CONFIRMED,
        USED,
        EXPIRED,
        UNKNOWN
    }

    public static final String CONFIRM_PATH = "/news/confirm";

    private static final Logger log = LoggerFactory.getLogger(CareerNews.class);

    private final NewsRules rules;
    private final NewsConfirmations confirmations;
    private final NewsSubscribers subscribers;
    private final NewsIssues issues;
    private final NewsDeliveries deliveries;
    private final NewsLimit limit;
    private final NewsMail newsMail;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Site site;
    private final Clock clock;
    private final Duration confirmValid;

    CareerNews(
            NewsRules rules,
            NewsConfirmations confirmations,
            NewsSubscribers subscribers,
            NewsIssues issues,
            NewsDeliveries deliveries,
            NewsLimit limit,
            NewsMail newsMail,
            Mailer mailer,
            MessageSource messages,
            Site site,
            Clock clock,
            @Value("${hub.news.confirm-valid:P2D}") Duration confirmValid) {
        this.rules = rules;
        this.confirmations = confirmations;
        this.subscribers = subscribers;
        this.issues = issues;
        this.deliveries = deliveries;
        this.limit = limit;
        this.newsMail = newsMail;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
        this.confirmValid = confirmValid;
    }

    /**
     * Asks for news: checks the input (problems go into {@code errors}), counts the request against the
     * limits, and mails a confirmation link. With {@code confirmedAddress} (a signed-in account's own
     * confirmed address) the subscription takes effect at once instead.
     */
    @Transactional
    public Request subscribe(
            NewsRules.Subscription input,
            String clientAddress,
            Locale locale,
            boolean confirmedAddress,
            FieldErrors errors) {
        errors.addAll(rules.check(input));
        if (!errors.isEmpty()) {
            return Request.REFUSED;
        }
        String email = NewsRules.normalize(input.email());
        NewsTopics topics = new NewsTopics(NewsChoices.of(input.careers()), NewsChoices.of(input.regions()));
        if (confirmedAddress) {
            activate(email, locale.getLanguage(), topics);
            return Request.SUBSCRIBED;
        }
        if (!limit.allow(clientAddress, email)) {
            errors.add("email", "news.error.limited");
            return Request.LIMITED;
        }
        String token = LinkSecret.generate();
        Instant now = clock.instant();
        NewsConfirmation request = confirmations.save(new NewsConfirmation(
                email, locale.getLanguage(), topics, LinkSecret.hash(token), now, now.plus(confirmValid)));
        mailer.sendPrivately(
                email,
                messages.getMessage("news.confirm.mail.subject", new Object[] {site.name()}, locale),
                messages.getMessage(
                        "news.confirm.mail.body",
                        new Object[] {
                            site.name(), site.absolute(CONFIRM_PATH + "?token=" + token), confirmValid.toHours()
                        },
                        locale));
        log.info("Career news confirmation {} mailed", request.id());
        return Request.MAILED;
    }

    /** What the link with {@code token} is, using nothing up. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        return find(token).map(this::state).orElse(LinkState.UNKNOWN);
    }

    /** Uses the link: the subscription starts (or changes to what the request chose), once. */
    @Transactional
    public LinkState confirm(String token) {
        Optional<NewsConfirmation> found = find(token);
        if (found.isEmpty()) {
            return LinkState.UNKNOWN;
        }
        NewsConfirmation request = found.get();
        Instant now = clock.instant();
        if (confirmations.redeem(request.id(), now) != 1) {
            // used by now (perhaps by a click racing this one), or expired
            return request.expiresAt().isAfter(now) ? LinkState.USED : LinkState.EXPIRED;
        }
        NewsSubscriber subscriber = activate(request.email(), request.language(), request.topics());
        log.info("Career news confirmation {} used: subscriber {}", request.id(), subscriber.id());
        return LinkState.CONFIRMED;
    }

    /**
     * Ends the subscription the token belongs to, if any; the caller answers the same either way. Returns
     * whether a subscription ended, for tests and logs.
     */
    @Transactional
    public boolean unsubscribe(String token) {
        if (!LinkSecret.plausible(token)) {
            return false;
        }
        return subscribers
                .findByUnsubscribeToken(token)
                .filter(NewsSubscriber::active)
                .map(this::end)
                .orElse(false);
    }

    /** Ends the subscription of an address (a signed-in account's own). */
    @Transactional
    public boolean unsubscribeAddress(String email) {
        return subscribers
                .findByEmail(NewsRules.normalize(email))
                .filter(NewsSubscriber::active)
                .map(this::end)
                .orElse(false);
    }

    /** The active subscription of an address, if any. */
    @Transactional(readOnly = true)
    public Optional<NewsSubscriber> subscriptionOf(String email) {
        if (!org.healthcareershub.web.EmailAddress.isValid(email)) {
            return Optional.empty();
        }
        return subscribers.findByEmail(NewsRules.normalize(email)).filter(NewsSubscriber::active);
    }

    // ---- issues (staff)

    @Transactional(readOnly = true)
    public List<NewsIssue> issues() {
        return issues.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public Optional<NewsIssue> issue(long id) {
        return issues.findById(id);
    }

    /** Saves a new draft; returns its id, or empty with the problems in {@code errors}. */
    @Transactional
    public Optional<Long> create(NewsRules.IssueInput input, FieldErrors errors) {
        errors.addAll(rules.check(input));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(issues.save(new NewsIssue(input, clock.instant())).id());
    }

    /** Changes a draft (an issue being sent or sent is not changed); false when it is not a draft. */
    @Transactional
    public boolean edit(long id, NewsRules.IssueInput input, FieldErrors errors) {
        NewsIssue issue = issues.findById(id).filter(NewsIssue::draft).orElse(null);
        if (issue == null) {
            return false;
        }
        errors.addAll(rules.check(input));
        if (errors.isEmpty()) {
            issue.edit(input, clock.instant());
        }
        return true;
    }

    /** How many active subscribers an issue is for now. */
    @Transactional(readOnly = true)
    public int audience(NewsIssue issue) {
        return (int) subscribers.findByStatus(NewsSubscriber.Status.ACTIVE).stream()
                .filter(s -> s.wants(issue))
                .count();
    }

    /** How many subscribers have the issue queued for them. */
    @Transactional(readOnly = true)
    public int delivered(long issueId) {
        return deliveries.countByIssueId(issueId);
    }

    /** The issue as a subscriber gets it, in {@code locale}, with a link that unsubscribes nobody. */
    public NewsMail.Composed preview(NewsIssue issue, Locale locale) {
        return newsMail.compose(issue, NewsMail.SAMPLE_TOKEN, locale);
    }

    /**
     * Mails the issue, as subscribers will get it, to {@code staffEmail} alone, marked as a test; false (and
     * nothing mailed) when the issue does not pass {@link NewsRules} (a draft saved before a rule changed).
     */
    public boolean sendTest(NewsIssue issue, String staffEmail, Locale locale) {
        if (!rules.check(NewsRules.IssueInput.of(issue)).isEmpty()) {
            return false;
        }
        NewsMail.Composed mail = preview(issue, locale);
        mailer.send(
                staffEmail,
                messages.getMessage("news.test.subject", new Object[] {mail.subject()}, locale),
                mail.text(),
                mail.html(),
                ListUnsubscribe.oneClick(mail.unsubscribeUrl()));
        log.info("Career news issue {} sent as a test", issue.id());
        return true;
    }

    /**
     * Starts sending a draft: counts who it is for and marks it SENDING, in one transaction; the caller then
     * starts {@link NewsSender}. False when it is not a draft (already sending or sent).
     */
    @Transactional
    public boolean startSending(long id) {
        NewsIssue issue = issues.findById(id)
                .filter(NewsIssue::draft)
                .filter(i -> rules.check(NewsRules.IssueInput.of(i)).isEmpty())
                .orElse(null);
        if (issue == null) {
            return false;
        }
        issue.startSending(audience(issue), clock.instant());
        log.info("Career news issue {} sending to {} subscribers", id, issue.total());
        return true;
    }

    /** Forgets requests whose link expired more than a day ago, every hour. */
    @Scheduled(fixedDelayString = "${hub.news.cleanup:PT1H}", initialDelayString = "${hub.news.cleanup:PT1H}")
    @Transactional
    public void forgetExpiredRequests() {
        confirmations.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    /** A deleted account's address leaves the news list (in the deleting transaction). */
    @EventListener
    void on(AccountDeleted deleted) {
        subscribers.deleteByEmail(deleted.email().strip());
        confirmations.deleteByEmail(deleted.email().strip());
    }

    private NewsSubscriber activate(String email, String language, NewsTopics topics) {
        NewsSubscriber subscriber =
                subscribers.findByEmail(email).orElseGet(() -> new NewsSubscriber(email, LinkSecret.generate()));
        subscriber.confirm(language, topics, clock.instant());
        return subscribers.save(subscriber);
    }

    /**
     * Forgets the subscriber: the row (and so the address) goes; delivery rows keep only its id. Subscribing
     * again makes a new row with a new unsubscribe token.
     */
    private boolean end(NewsSubscriber subscriber) {
        subscribers.delete(subscriber);
        log.info("Career news subscriber {} unsubscribed", subscriber.id());
        return true;
    }

    private Optional<NewsConfirmation> find(String token) {
        return LinkSecret.plausible(token) ? confirmations.findByTokenHash(LinkSecret.hash(token)) : Optional.empty();
    }

    private LinkState state(NewsConfirmation request) {
        if (request.usedAt() != null) {
            return LinkState.USED;
        }
        return request.expiresAt().isAfter(clock.instant()) ? LinkState.VALID : LinkState.EXPIRED;
    }
}
