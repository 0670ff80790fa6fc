package org.healthcareershub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared identity contract, started alone: the verified-email authority, and {@link AccountDeleted}
 * reaching a plain listener inside the publisher's transaction, which is what lets a failing listener undo a
 * deletion.
 */
@ApplicationModuleTest
class IdentityModuleTests {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionRecorder recorder;

    @Test
    void holdsBackSignedInAccountsWithoutTheVerifiedEmailAuthority() {
        var unconfirmed = UsernamePasswordAuthenticationToken.authenticated(
                "a", null, AuthorityUtils.createAuthorityList("ROLE_SEEKER"));
        var confirmed = UsernamePasswordAuthenticationToken.authenticated(
                "b", null, AuthorityUtils.createAuthorityList("ROLE_SEEKER", EmailVerification.AUTHORITY));
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(EmailVerification.pending(unconfirmed)).isTrue();
        assertThat(EmailVerification.pending(confirmed)).isFalse();
        assertThat(EmailVerification.pending(anonymous)).isFalse();
        assertThat(EmailVerification.pending(null)).isFalse();
    }

    @Test
    void vouchesOnlyForTheConfirmedAccountsOwnAddress() {
        var confirmed = UsernamePasswordAuthenticationToken.authenticated(
                "ana@example.com",
                null,
                AuthorityUtils.createAuthorityList("ROLE_SEEKER", EmailVerification.AUTHORITY));
        var unconfirmed = UsernamePasswordAuthenticationToken.authenticated(
                "ana@example.com", null, AuthorityUtils.createAuthorityList("ROLE_SEEKER"));
        var anonymous = new AnonymousAuthenticationToken(
                "key", "ana@example.com", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(EmailVerification.confirmed(confirmed, " Ana@Example.com")).isTrue();
        assertThat(EmailVerification.confirmed(confirmed, "someone.else@example.com"))
                .isFalse();
        assertThat(EmailVerification.confirmed(confirmed, null)).isFalse();
        assertThat(EmailVerification.confirmed(unconfirmed, "ana@example.com")).isFalse();
        assertThat(EmailVerification.confirmed(anonymous, "ana@example.com")).isFalse();
        assertThat(EmailVerification.confirmed(null, "ana@example.com")).isFalse();
    }

    @Test
    void deliversAccountDeletedToPlainListenersInThePublishersTransaction() {
        TransactionTemplate deleting = new TransactionTemplate(transactionManager);
        deleting.setName("deleting account 7");

        deleting.executeWithoutResult(
                status -> events.publishEvent(new AccountDeleted(7L, "seven@example.com", true, null, null)));

        assertThat(recorder.transactions).containsExactly("deleting account 7");
    }

    @Test
    void namesTheAccountButNotItsAddressWhenLogged() {
        assertThat(new AccountDeleted(8L, "eight@example.com", true, 3L, "colleague@example.com"))
                .hasToString("AccountDeleted[accountId=8]");
    }

    static class TransactionRecorder {

        final List<String> transactions = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AccountDeleted deleted) {
            transactions.add(
                    TransactionSynchronizationManager.isActualTransactionActive()
                            ? TransactionSynchronizationManager.getCurrentTransactionName()
                            : "none");
        }
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        TransactionRecorder transactionRecorder() {
            return new TransactionRecorder();
        }
    }
}
