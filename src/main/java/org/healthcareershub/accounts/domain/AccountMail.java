package org.healthcareershub.accounts.domain;

import java.util.Locale;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.web.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The account emails, in the account's language, with links to this deployment's public address. */
@Component
public class AccountMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteProperties site;

    AccountMail(Mailer mailer, MessageSource messages, SiteProperties site) {
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
    }

    /**
     * Sends mail.{kind}.subject and mail.{kind}.body; the body gets the site name first, then the args.
     * Account mail goes out after the transaction commits and is blanked in the outbox once sent (see
     * {@link Mailer#sendPrivately}).
     */
    public void send(String to, String language, String kind, Object... args) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        Object[] bodyArgs = new Object[args.length + 1];
        bodyArgs[0] = site.name();
        System.arraycopy(args, 0, bodyArgs, 1, args.length);
        mailer.sendPrivately(
                to,
                messages.getMessage("mail." + kind + ".subject", new Object[] {site.name()}, locale),
                messages.getMessage("mail." + kind + ".body", bodyArgs, locale));
    }

    /** An absolute link to a path of this site with a token parameter. */
    public String link(String path, String token) {
        UriComponentsBuilder builder =
                UriComponentsBuilder.fromUri(site.baseUrl()).path(path);
        if (token != null) {
            builder.queryParam("token", token);
        }
        return builder.build().toUriString();
    }
}
