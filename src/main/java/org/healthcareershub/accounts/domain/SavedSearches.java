package org.healthcareershub.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.LinkSecret;
import org.healthcareershub.web.SearchAlertSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saved-search alerts. An account saves a search of trainings, employers or jobs (read and normalized by
 * that module's {@link SearchAlertSource}, so only a checked search is stored) to be mailed daily or weekly.
 * A result is new to an alert when it was published (an organization: first listed) at or after the alert's
 * baseline, which starts when the alert is made; each run mails the oldest new results it has not sent, at
 * most {@link #MAX_PER_MAIL}, remembers them, so no result is mailed twice, and moves the baseline up to the
 * newest one mailed, so a backlog is mailed over the next runs rather than lost. Every method that changes an alert takes the account id from the
 * signed-in session; an alert of another account is not found.
 */
@Service
public class SavedSearches {

    /** The most results one mail lists; the rest wait for the next run. */
    public static final int MAX_PER_MAIL = 20;

    private static final Logger log = LoggerFactory.getLogger(SavedSearches.class);

    private final SearchAlerts alerts;
    private final Accounts accounts;
    private final Map<String, SearchAlertSource> sources;
    private final SearchAlertMail mail;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int maxPerAccount;

    SavedSearches(
            SearchAlerts alerts,
            Accounts accounts,
            ObjectProvider<SearchAlertSource> sources,
            SearchAlertMail mail,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${hub.alerts.max-per-account:10}") int maxPerAccount) {
        this.alerts = alerts;
        this.accounts = accounts;
        this.sources = sources.orderedStream().collect(Collectors.toMap(SearchAlertSource::kind, Function.identity()));
        this.mail = mail;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.maxPerAccount = maxPerAccount;
    }

    /** An alert that was made, or the problems that kept it from being made. */
    public record Created(Long id, FieldErrors errors) {}

    /** Whether {@code kind} names a search alerts can follow. */
    public boolean knows(String kind) {
        return sources.containsKey(kind);
    }

    public int maxPerAccount() {
        return maxPerAccount;
    }

    /**
     * Makes an alert of a search's parameters, read as its page reads them; refuses a search with problems,
     * an unknown frequency, the same search twice, an unconfirmed address and more than the limit.
     */
    public Created create(long accountId, String kind, Map<String, List<String>> parameters, String frequency) {
        try {
            return transaction.execute(status -> make(accountId, kind, parameters, frequency));
        } catch (DataIntegrityViolationException madeMeanwhile) {
            // a second tab or a double click made the same alert first: the unique index keeps one
            return new Created(null, new FieldErrors().add("alert", "alerts.error.duplicate"));
        }
    }

    private Created make(long accountId, String kind, Map<String, List<String>> parameters, String frequency) {
        SearchAlertSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalArgumentException("unknown search kind");
        }
        SearchAlertSource.Reading reading = source.read(parameters);
        FieldErrors errors = new FieldErrors().addAll(reading.errors());
        Optional<SearchAlert.Frequency> often = SearchAlert.Frequency.fromCode(frequency);
        if (often.isEmpty()) {
            errors.add("frequency", "alerts.error.frequency");
        }
        String query = reading.query();
        if (query.length() > 2000) {
            errors.add("q", "alerts.error.tooLong");
        }
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.isVerified()) {
            errors.add("alert", "alerts.error.unconfirmed");
        } else if (alerts.countByAccountId(accountId) >= maxPerAccount) {
            errors.add("alert", "alerts.error.limit", maxPerAccount);
        } else if (alerts.existsByAccountIdAndKindAndQuery(accountId, kind, query)) {
            errors.add("alert", "alerts.error.duplicate");
        }
        if (!errors.isEmpty()) {
            return new Created(null, errors);
        }
        Instant now = clock.instant();
        SearchAlert alert = alerts.saveAndFlush(new SearchAlert(accountId, kind, query, often.get(), now));
        log.info("Search alert {} made for account {}", alert.getId(), accountId);
        return new Created(alert.getId(), errors);
    }

    @Transactional(readOnly = true)
    public List<SearchAlert> of(long accountId) {
        return alerts.findByAccountIdOrderByCreatedAtAscIdAsc(accountId);
    }

    /** Pauses or resumes an account's alert; false when the account has no such alert. */
    @Transactional
    public boolean pause(long accountId, long alertId, boolean paused) {
        return alerts.findByIdAndAccountId(alertId, accountId)
                .map(alert -> {
                    alert.setPaused(paused);
                    return true;
                })
                .orElse(false);
    }

    /** Changes how often an account's alert runs; false when the account has no such alert. */
    @Transactional
    public boolean frequency(long accountId, long alertId, SearchAlert.Frequency frequency) {
        return alerts.findByIdAndAccountId(alertId, accountId)
                .map(alert -> {
                    alert.setFrequency(frequency, clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /** Deletes an account's alert (its sent results and links with it); false when there is no such alert. */
    @Transactional
    public boolean delete(long accountId, long alertId) {
        return alerts.findByIdAndAccountId(alertId, accountId)
                .map(alert -> {
                    alerts.delete(alert);
                    log.info("Search alert {} deleted by account {}", alertId, accountId);
                    return true;
                })
                .orElse(false);
    }

    /**
     * The one-click unsubscribe of a mailed link: deletes the alert the link was mailed for. An unknown,
     * mangled or used link does nothing, and the caller cannot tell which it was.
     */
    @Transactional
    public void unsubscribe(String token) {
        if (!LinkSecret.plausible(token)) {
            return;
        }
        alerts.alertOfLink(LinkSecret.hash(token)).flatMap(alerts::findById).ifPresent(alert -> {
            alerts.delete(alert);
            log.info("Search alert {} ended by its unsubscribe link", alert.getId());
        });
    }

    /**
     * Runs every alert that is due and not paused, each in its own transaction: mails the results it has not
     * sent yet, remembers them and sets its next run. Returns how many mails were sent.
     */
    public int runDue() {
        int sent = 0;
        for (Long id : alerts.due(clock.instant())) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> run(id)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Search alert {} could not run ({}); it waits one period",
                        id,
                        e.getClass().getName());
                failed(id);
            }
        }
        return sent;
    }

    /** Puts a failed alert off by one period, in a transaction of its own, so it is not retried at every turn. */
    private void failed(Long id) {
        try {
            transaction.executeWithoutResult(
                    status -> alerts.findById(id).ifPresent(alert -> alert.failedAt(clock.instant())));
        } catch (RuntimeException e) {
            log.warn(
                    "Search alert {} could not be put off ({})",
                    id,
                    e.getClass().getName());
        }
    }

    private boolean run(Long id) {
        Instant now = clock.instant();
        SearchAlert alert = alerts.findById(id).orElse(null);
        if (alert == null || alert.isPaused() || alert.getNextRunAt().isAfter(now)) {
            return false;
        }
        Account account = accounts.findById(alert.getAccountId()).orElse(null);
        SearchAlertSource source = sources.get(alert.getKind());
        if (account == null
                || source == null
                || account.getStatus() != Account.Status.ACTIVE
                || !account.isVerified()) {
            alert.ranAt(now, false);
            return false;
        }
        Set<String> seen = new HashSet<>(alerts.sentKeys(id));
        // oldest first: results sharing the baseline's time may have been mailed already, later ones not
        List<SearchAlertSource.Hit> fresh =
                source.results(alert.getQuery(), alert.getBaselineAt(), SearchAlertSource.MAX_RESULTS).stream()
                        .filter(hit -> !seen.contains(hit.key()))
                        .limit(MAX_PER_MAIL)
                        .toList();
        alert.ranAt(now, !fresh.isEmpty());
        if (fresh.isEmpty()) {
            return false;
        }
        fresh.forEach(hit -> alerts.remember(id, hit.key(), now));
        alert.mailedUpTo(fresh.get(fresh.size() - 1).at());
        String token = LinkSecret.generate();
        alerts.addLink(LinkSecret.hash(token), id, now);
        mail.send(account, alert, fresh, token, this);
        log.info("Search alert {} mailed {} new results to account {}", id, fresh.size(), account.getId());
        return true;
    }

    /**
     * The words of an alert's search, for lists and mail, in {@code locale}'s language, as its module labels
     * its filters; null for "everything".
     */
    public String describe(SearchAlert alert, Locale locale) {
        SearchAlertSource source = sources.get(alert.getKind());
        return source == null ? null : source.describe(alert.getQuery(), locale);
    }

    static Locale locale(Account account) {
        return Locale.forLanguageTag(account.getPreferredLanguage() == null ? "en" : account.getPreferredLanguage());
    }
}
