package org.healthcareershub.talent.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.web.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails each seeker, once, a week before their visibility lapses, with the way to renew it. Each mail is
 * claimed with a conditional update in its own short transaction and leaves after that commits, so two runs
 * (or two nodes) never send it twice and SMTP never runs inside a transaction. A renewal clears the claim, so
 * the next period gets its own warning. Paused visibility is warned too: it lapses all the same.
 */
@Component
public class LapseWarnings {

    private static final Logger log = LoggerFactory.getLogger(LapseWarnings.class);
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Visibilities visibilities;
    private final Seekers seekers;
    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteProperties site;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LapseWarnings(
            Visibilities visibilities,
            Seekers seekers,
            Mailer mailer,
            MessageSource messages,
            SiteProperties site,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.visibilities = visibilities;
        this.seekers = seekers;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${hub.talent.lapse-warning-cron:0 20 * * * *}")
    void scheduled() {
        warnDue();
    }

    /** Sends the warnings that are due now; how many were sent. */
    public int warnDue() {
        Instant now = clock.instant();
        Instant until = now.plus(Visibility.WARNING);
        int sent = 0;
        for (long seekerId : visibilities.findDueForWarning(now, until)) {
            Boolean mailed = transactions.execute(status -> {
                if (visibilities.claimWarning(seekerId, now, until) != 1) {
                    return false;
                }
                Visibility visibility = visibilities.findById(seekerId).orElseThrow();
                return seekers.mailbox(seekerId)
                        .map(mailbox -> {
                            mail(mailbox, visibility.getEndsAt());
                            return true;
                        })
                        .orElse(false);
            });
            if (Boolean.TRUE.equals(mailed)) {
                sent++;
                log.info("Talent visibility lapse warning for account {}", seekerId);
            }
        }
        return sent;
    }

    private void mail(Seekers.Mailbox mailbox, Instant endsAt) {
        Locale locale = Locale.forLanguageTag(mailbox.language() == null ? "en" : mailbox.language());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(endsAt.atZone(NEW_YORK));
        String link = UriComponentsBuilder.fromUri(site.baseUrl())
                .path("/account/visibility")
                .build()
                .toUriString();
        mailer.sendPrivately(
                mailbox.email(),
                messages.getMessage("mail.talentLapse.subject", new Object[] {site.name()}, locale),
                messages.getMessage("mail.talentLapse.body", new Object[] {site.name(), date, link}, locale));
    }
}
