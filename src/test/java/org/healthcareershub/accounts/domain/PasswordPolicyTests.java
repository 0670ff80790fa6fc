package org.healthcareershub.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveCharactersOfAnythingUncommonAreEnough() {
        assertThat(policy.problem("walnut ferry lantern", "ana@example.com")).isEmpty();
        assertThat(policy.problem("kq8#zzp1mtl0", null)).isEmpty();
        assertThat(policy.problem("ñandú café río", null)).isEmpty();
    }

    @Test
    void shortEmptyAndOverlongPasswordsAreRefused() {
        assertThat(policy.problem("", null)).contains("password.required");
        assertThat(policy.problem("eleven-char", null)).contains("password.tooShort");
        assertThat(policy.problem("x".repeat(60) + "y".repeat(69), null)).contains("password.tooLong");
    }

    @Test
    void aNulIsRefusedButOtherCharactersAreThePasswordsOwnBusiness() {
        assertThat(policy.problem("walnut\u0000ferry lantern", null)).contains("plainText.error.passwordNul");
        assertThat(policy.problem("walnut\tferry\u202Elantern", null)).isEmpty();
    }

    @Test
    void commonPasswordsAndTheirDecoratedFormsAreRefused() {
        assertThat(policy.problem("qwertyuiop123", null)).contains("password.common");
        assertThat(policy.problem("1q2w3e4r5t6y", null)).contains("password.common");
        assertThat(policy.problem("Sunshine2024!!", null)).contains("password.common");
        assertThat(policy.problem("aaaaaaaaaaaaaaaa", null)).contains("password.common");
    }

    @Test
    void theEmailAddressIsNotAPassword() {
        assertThat(policy.problem("ana.long@example.com", "Ana.Long@example.com"))
                .contains("password.common");
    }
}
