package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkSecretTests {

    @Test
    void generatesDifferentUrlSafeSecretsOf256Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = LinkSecret.generate();
            assertThat(secret).matches("[A-Za-z0-9_-]{43}");
            assertThat(LinkSecret.plausible(secret)).isTrue();
            seen.add(secret);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void hashesWithSha256InLowerCaseHex() {
        assertThat(LinkSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesBlankOrOverlongTextBeforeLookingItUp() {
        assertThat(LinkSecret.plausible(null)).isFalse();
        assertThat(LinkSecret.plausible(" ")).isFalse();
        assertThat(LinkSecret.plausible("x".repeat(LinkSecret.MAX_LENGTH))).isTrue();
        assertThat(LinkSecret.plausible("x".repeat(LinkSecret.MAX_LENGTH + 1))).isFalse();
    }
}
