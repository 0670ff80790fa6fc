package org.healthcareershub.accounts.domain;

import java.util.Locale;
import org.healthcareershub.jobs.InterestStageChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a seeker, in their language, that an organization moved their interest in a posting to another
 * stage, unless they turned such mail off on their account page (the mail says where). It listens in the
 * transaction that moves the interest: the message is kept in the outbox with the change and leaves through
 * SMTP only once that change has committed ({@link AccountMail}), so no mail tells of a move that was undone.
 */
@Component
class InterestMail {

    private static final Logger log = LoggerFactory.getLogger(InterestMail.class);

    private final Accounts accounts;
    private final AccountMail mail;
    private final MessageSource messages;

    InterestMail(Accounts accounts, AccountMail mail, MessageSource messages) {
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
    }

    @EventListener
    void on(InterestStageChanged changed) {
        accounts.findById(changed.accountId())
                .filter(Account::wantsInterestMail)
                .ifPresent(account -> {
                    Locale locale = Locale.forLanguageTag(account.getPreferredLanguage());
                    mail.send(
                            account.getEmail(),
                            account.getPreferredLanguage(),
                            "interestStage",
                            account.getDisplayName(),
                            changed.postingTitle(),
                            changed.employerName(),
                            messages.getMessage("interest.stage." + changed.stage(), null, locale),
                            // where the seeker sees their interest and the setting that turns this mail off
                            mail.link("/account", null) + "#interest");
                    log.info(
                            "Told account {} that interest {} moved to {}",
                            account.getId(),
                            changed.interestId(),
                            changed.stage());
                });
    }
}
