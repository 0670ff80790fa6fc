package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

    final PhoneNumbers phones = new PhoneNumbers();

    @Test
    void dialsANorthAmericanNumberWithItsCountryCode() {
        assertThat(phones.tel("(716) 555-0141")).isEqualTo("tel:+17165550141");
        assertThat(phones.tel("716.555.0141")).isEqualTo("tel:+17165550141");
        assertThat(phones.tel("1 716 555 0141")).isEqualTo("tel:+17165550141");
    }

    @Test
    void keepsTheCountryCodeOfAnInternationalNumber() {
        assertThat(phones.tel("+44 20 7946 0958")).isEqualTo("tel:+442079460958");
    }

    @Test
    void linksNothingWithoutDigits() {
        assertThat(phones.tel("call us")).isNull();
        assertThat(phones.tel(null)).isNull();
    }
}
