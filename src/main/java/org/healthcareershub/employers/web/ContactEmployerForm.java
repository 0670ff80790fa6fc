package org.healthcareershub.employers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.healthcareershub.web.PlainText;
import org.healthcareershub.web.ValidEmailAddress;

/**
 * The contact form on an employer's profile. {@code website} is a honeypot: people leave it empty. Its text
 * is checked by {@link PlainText} when bound: every field on one line but the message.
 */
record ContactEmployerForm(
        @NotBlank(message = "{contact.error.name}") @Size(max = 100, message = "{admin.error.tooLong}")
        String name,

        @NotBlank(message = "{contact.error.email}") @ValidEmailAddress
        String email,

        @Pattern(regexp = "[0-9 ()+.\\-]{0,25}", message = "{contact.error.phone}")
        String phone,

        String career,

        @PlainText.MultiLine
        @NotBlank(message = "{contact.error.message}")
        @Size(min = 10, max = 2000, message = "{contact.error.messageLength}")
        String message,

        String website) {

    static ContactEmployerForm empty() {
        return new ContactEmployerForm(null, null, null, null, null, null);
    }

    /** An empty form with the sender's address filled in. */
    static ContactEmployerForm from(String email) {
        return new ContactEmployerForm(null, email, null, null, null, null);
    }
}
