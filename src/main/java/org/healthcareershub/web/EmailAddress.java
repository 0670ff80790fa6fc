package org.healthcareershub.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as a person types it into a form: one mailbox, {@code local@domain}, with a domain name.
 * The one check of email syntax in the application, used by sign-up, password reset, email change and the
 * employer contact form ({@link ValidEmailAddress}). It refuses what mail clients copy along with an address
 * (a display name, angle brackets) and address literals ({@code a@[127.0.0.1]}), each with its own message,
 * and lower-cases the domain, which is case-insensitive. Letters are compared in Unicode NFC, so an accented
 * letter typed as one code point or as a letter and a combining mark is the same address.
 *
 * @param value the address, stripped, domain in lower case
 */
public record EmailAddress(String value) {

    /** RFC 5321's limit on a forward path. */
    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_LENGTH = 64;

    /** RFC 5322 dot-atom characters, plus letters and digits of any script (RFC 6531). */
    private static final Pattern LOCAL =
            Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");

    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");

    private static final Pattern TOP_LEVEL = Pattern.compile(".*\\p{L}.*");

    public EmailAddress {
        problem(value).ifPresent(key -> {
            throw new IllegalArgumentException("Not an email address: " + key);
        });
        value = normalize(value);
    }

    /** The address {@code raw} holds, or empty if it has a {@linkplain #problem problem}. */
    public static Optional<EmailAddress> parse(String raw) {
        return problem(raw).isPresent() ? Optional.empty() : Optional.of(new EmailAddress(raw));
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /**
     * What is wrong with {@code raw} as an email address, as a message key, or empty if nothing is:
     * {@code email.error.displayName} for a name or angle brackets around the address,
     * {@code email.error.addressLiteral} for an IP address instead of a domain, {@code email.error.tooLong}
     * past {@value #MAX_LENGTH} characters, {@code email.error.syntax} for anything else (blank included).
     */
    public static Optional<String> problem(String raw) {
        String address = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (address.indexOf('<') >= 0 || address.indexOf('>') >= 0) {
            return Optional.of("email.error.displayName");
        }
        if (address.length() > MAX_LENGTH) {
            return Optional.of("email.error.tooLong");
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.of("email.error.syntax");
        }
        String domain = address.substring(at + 1);
        if (domain.startsWith("[")) {
            return Optional.of("email.error.addressLiteral");
        }
        String local = address.substring(0, at);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches() || !isDomainName(domain)) {
            return Optional.of("email.error.syntax");
        }
        return Optional.empty();
    }

    private static boolean isDomainName(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String raw) {
        String address = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The domain, in lower case. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
