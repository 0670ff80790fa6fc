package org.healthcareershub.accounts.domain;

import java.util.List;
import java.util.Locale;
import org.healthcareershub.notifications.ListUnsubscribe;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.web.SearchAlertSource;
import org.healthcareershub.web.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail of a saved-search alert, in the account's language: the new results with their links (demo
 * data marked as sample data), the whole
 * search, the alerts page, and the alert's one-click unsubscribe, both as a link in the body and as the RFC
 * 8058 headers ({@link ListUnsubscribe}).
 */
@Component
class SearchAlertMail {

    /** Where a mailed link unsubscribes: GET shows a button, POST (one click, no sign-in) ends the alert. */
    static final String UNSUBSCRIBE_PATH = "/alerts/unsubscribe/";

    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteProperties site;

    SearchAlertMail(Mailer mailer, MessageSource messages, SiteProperties site) {
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
    }

    /** Queues the mail in the caller's transaction; it leaves once that commits. */
    void send(
            Account account,
            SearchAlert alert,
            List<SearchAlertSource.Hit> hits,
            String token,
            SavedSearches describer) {
        Locale locale = SavedSearches.locale(account);
        StringBuilder list = new StringBuilder();
        String sample = " " + messages.getMessage("mail.alert.sample", null, locale);
        for (SearchAlertSource.Hit hit : hits) {
            list.append("- ")
                    .append(hit.title())
                    .append(hit.sample() ? sample : "")
                    .append('\n')
                    .append("  ")
                    .append(link(hit.path()))
                    .append('\n');
        }
        String words = describer.describe(alert, locale);
        String kind = messages.getMessage("alerts.kind." + alert.getKind(), null, locale);
        String unsubscribe = link(UNSUBSCRIBE_PATH + token);
        mailer.sendPrivateMailing(
                account.getEmail(),
                messages.getMessage("mail.alert.subject", new Object[] {site.name(), hits.size()}, locale),
                messages.getMessage(
                        "mail.alert.body",
                        new Object[] {
                            site.name(),
                            kind,
                            words == null ? messages.getMessage("alerts.everything", null, locale) : words,
                            list.toString().stripTrailing(),
                            link("/" + alert.getKind() + (alert.getQuery().isEmpty() ? "" : "?" + alert.getQuery())),
                            link("/account/alerts"),
                            unsubscribe
                        },
                        locale),
                ListUnsubscribe.oneClick(unsubscribe));
    }

    private String link(String pathAndQuery) {
        return site.baseUrl().toString().replaceAll("/+$", "") + pathAndQuery;
    }
}
