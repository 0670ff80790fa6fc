package org.healthcareershub.notifications;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A message to an organization's shared contact address, in English and then Spanish. An organization has no
 * language of its own (each of its people has theirs, which the modules that write to it cannot see), so
 * its mail carries both: the subject in both, joined by " / ", and the body in English, a rule, then in
 * Spanish. Text the organization must get as a person wrote it (their own words) follows once, after both
 * ({@link #quoting}). Send it with {@link Mailer#send}.
 */
public record OrganizationMessage(String subject, String body) {

    /** The languages, in order, that mail to an organization is written in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** What the outbox stores of a subject at most ({@code outgoing_mail.subject}). */
    static final int MAX_SUBJECT = 300;

    static final String RULE = "\n\n----------\n\n";

    /** {@code subjectKey} and {@code bodyKey}, each resolved with {@code args} in every language. */
    public static OrganizationMessage of(MessageSource messages, String subjectKey, String bodyKey, Object... args) {
        return of(messages, subjectKey, bodyKey, language -> args);
    }

    /** {@code subjectKey} and {@code bodyKey}, each resolved in every language with that language's arguments. */
    public static OrganizationMessage of(
            MessageSource messages, String subjectKey, String bodyKey, Function<Locale, Object[]> args) {
        String subject = LANGUAGES.stream()
                .map(language -> messages.getMessage(subjectKey, args.apply(language), language))
                .collect(Collectors.joining(" / "));
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "\u2026";
        }
        StringBuilder body = new StringBuilder(both(messages, "mail.organization.languages"));
        for (Locale language : LANGUAGES) {
            body.append(RULE).append(messages.getMessage(bodyKey, args.apply(language), language));
        }
        return new OrganizationMessage(subject, body.toString());
    }

    /** This message with {@code text} after both languages, under the label {@code labelKey} (in both). */
    public OrganizationMessage quoting(MessageSource messages, String labelKey, String text) {
        return new OrganizationMessage(subject, body + RULE + both(messages, labelKey) + "\n" + text);
    }

    /** {@code key} resolved with {@code args} in every language, joined by " / ". */
    public static String both(MessageSource messages, String key, Object... args) {
        return LANGUAGES.stream()
                .map(language -> messages.getMessage(key, args, language))
                .collect(Collectors.joining(" / "));
    }
}
