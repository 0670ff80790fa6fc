package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name@example.com             | name@example.com",
                "  name@example.com           | name@example.com",
                "Name@Example.COM             | Name@example.com",
                "first.last@sub.example.org   | first.last@sub.example.org",
                "first+tag@example.com        | first+tag@example.com",
                "o'neil@example.ie            | o'neil@example.ie",
                "x_y-z@my-host.example.co.uk  | x_y-z@my-host.example.co.uk",
                "josé@ejemplo.es              | josé@ejemplo.es",
                "a@b.c                        | a@b.c",
                "1234@123.example.com         | 1234@123.example.com",
            })
    void acceptsAMailboxAndLowerCasesItsDomainOnly(String typed, String kept) {
        assertThat(EmailAddress.problem(typed)).isEmpty();
        assertThat(EmailAddress.parse(typed)).map(EmailAddress::value).contains(kept);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Name <a@b.co>              | email.error.displayName",
                "<a@b.co>                   | email.error.displayName",
                "\"Ann Lee\" <ann@lee.org>  | email.error.displayName",
                "a@b.co>                    | email.error.displayName",
                "a@[127.0.0.1]              | email.error.addressLiteral",
                "a@[IPv6:2001:db8::1]       | email.error.addressLiteral",
                "plainaddress               | email.error.syntax",
                "@example.com               | email.error.syntax",
                "name@                      | email.error.syntax",
                "name@localhost             | email.error.syntax",
                "name@example               | email.error.syntax",
                "name@example.              | email.error.syntax",
                "name@.example.com          | email.error.syntax",
                "name@exa mple.com          | email.error.syntax",
                "name@-example.com          | email.error.syntax",
                "name@example-.com          | email.error.syntax",
                "name@exam_ple.com          | email.error.syntax",
                "name@example..com          | email.error.syntax",
                "name@1.2.3.4               | email.error.syntax",
                "na me@example.com          | email.error.syntax",
                ".name@example.com          | email.error.syntax",
                "name.@example.com          | email.error.syntax",
                "na..me@example.com         | email.error.syntax",
                "a@b@example.com            | email.error.syntax",
                "\"quoted\"@example.com     | email.error.syntax",
                "name(comment)@example.com  | email.error.syntax",
                "name@example.com,b@c.com   | email.error.syntax",
            })
    void refusesWhatIsNotOneMailboxWithTheReason(String typed, String key) {
        assertThat(EmailAddress.problem(typed)).contains(key);
        assertThat(EmailAddress.isValid(typed)).isFalse();
        assertThat(EmailAddress.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesNothingTyped(String typed) {
        assertThat(EmailAddress.problem(typed)).contains("email.error.syntax");
    }

    @Test
    void refusesALocalPartPast64AndAnAddressPast254Characters() {
        String label = "d".repeat(60);
        String longest = "l".repeat(64) + "@" + label + "." + label + "." + label + ".abcdef";
        assertThat(longest).hasSize(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.isValid(longest)).isTrue();
        assertThat(EmailAddress.problem("l".repeat(65) + "@example.com")).contains("email.error.syntax");
        assertThat(EmailAddress.problem(longest + "g")).contains("email.error.tooLong");
        assertThat(EmailAddress.problem("a@" + "d".repeat(64) + ".com")).contains("email.error.syntax");
    }

    @Test
    void constructingFromABadAddressFails() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("Name <a@b.co>"));
    }

    record Form(@NotBlank @ValidEmailAddress String email) {}

    @Test
    void constraintReportsTheSameProblemAsItsMessageAndLeavesBlankToNotBlank() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();

            assertThat(validator.validate(new Form("a@[127.0.0.1]")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{email.error.addressLiteral}"));
            assertThat(validator.validate(new Form("Name <a@b.co>")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{email.error.displayName}"));
            assertThat(validator.validate(new Form("")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getConstraintDescriptor().getAnnotation())
                            .isInstanceOf(NotBlank.class));
            assertThat(validator.validate(new Form("name@example.com"))).isEmpty();
        }
    }
}
