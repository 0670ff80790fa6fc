package org.healthcareershub.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthcareershub.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Who may be suspended, without Spring: never yourself, never the last active admin. */
class AccountSuspensionTests {

    static Account account(long id, Role role) {
        Account account = new Account("a" + id + "@example.com", "hash", role, "A", "en");
        ReflectionTestUtils.setField(account, "id", id);
        return account;
    }

    @Test
    void nobodySuspendsThemselves() {
        assertThat(AccountSuspension.refusal(account(7, Role.ADMIN), 7L, () -> 5))
                .isEqualTo(AccountSuspension.Outcome.REFUSED_SELF);
    }

    @Test
    void theLastActiveAdminStays() {
        assertThat(AccountSuspension.refusal(account(7, Role.ADMIN), 8L, () -> 1))
                .isEqualTo(AccountSuspension.Outcome.REFUSED_LAST_ADMIN);
        assertThat(AccountSuspension.refusal(account(7, Role.ADMIN), null, () -> 1))
                .isEqualTo(AccountSuspension.Outcome.REFUSED_LAST_ADMIN);
        assertThat(AccountSuspension.refusal(account(7, Role.ADMIN), 8L, () -> 2))
                .isNull();
    }

    @Test
    void otherAccountsMayBeSuspendedOnceAndAdminsAreNotCountedForThem() {
        assertThat(AccountSuspension.refusal(account(7, Role.SEEKER), 8L, () -> {
                    throw new AssertionError("only admins need the count");
                }))
                .isNull();
        Account suspended = account(9, Role.EMPLOYER);
        suspended.suspend();
        assertThat(AccountSuspension.refusal(suspended, 8L, () -> 3)).isEqualTo(AccountSuspension.Outcome.UNCHANGED);
    }
}
