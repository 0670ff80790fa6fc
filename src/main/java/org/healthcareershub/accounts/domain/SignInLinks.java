package org.healthcareershub.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcareershub.accounts.SignedInAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gets the owner of a locked-out email in anyway. Failed passwords lock an email for everyone (see
 * {@link Throttle}), so a stranger who knows the address could keep its owner out; instead, the failure
 * that locks it mails the owner a single-use sign-in link, with the number of failed attempts and when, and
 * the locked sign-in page lets anyone ask for a new link to that address. Links go only to addresses that
 * are locked out (so this is not a password-free way in), only to active accounts, and work once within
 * {@link #LINK_LIFETIME}; using one leaves the lock in place for password attempts.
 *
 * <p>A stranger who keeps failing re-locks the email every lockout period; the owner gets at most one lockout
 * mail per {@link #LOCKOUT_MAIL_INTERVAL} (remembered in memory per email, like {@link Throttle}'s locks), and
 * can still ask for a link from the locked page. The lookup, the token and the mail run on another thread,
 * so the request that locks an email answers alike whether or not an account has it.
 */
@Service
public class SignInLinks {

    public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);
    /** At most one lockout mail per email this often, however often a stranger re-locks it. */
    public static final Duration LOCKOUT_MAIL_INTERVAL = Duration.ofHours(6);

    private static final Logger log = LoggerFactory.getLogger(SignInLinks.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** What using a link found: VALID signs in; the others say why not. */
    public enum Outcome {
        VALID,
        SUSPENDED,
        EXPIRED,
        USED,
        UNKNOWN
    }

    /** The outcome, and the account to sign in when it is VALID. */
    public record Redemption(Outcome outcome, Optional<SignedInAccount> account) {}

    private final Accounts accounts;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final Throttle throttle;
    private final Clock clock;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;
    private final Map<String, Instant> lockoutMailed = new ConcurrentHashMap<>();

    SignInLinks(
            Accounts accounts,
            OneTimeLinks links,
            AccountMail mail,
            Throttle throttle,
            Clock clock,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.throttle = throttle;
        this.clock = clock;
        this.executor = executor;
        this.transactions = transactions;
    }

    /**
     * Called once per lock, by the failure that locked the email: unless the email was sent a lockout mail
     * within {@link #LOCKOUT_MAIL_INTERVAL}, tells the owner (if an active account has the address) how many
     * attempts failed and when, with a sign-in link. Returns at once, whether or not an account has the
     * address: the rest runs on another thread. Does nothing visible otherwise.
     */
    public void lockedOut(String email, Throttle.Failure failure) {
        Instant now = clock.instant();
        String key = Account.normalize(email);
        boolean[] due = new boolean[1];
        lockoutMailed.compute(key, (k, last) -> {
            due[0] = last == null || !last.plus(LOCKOUT_MAIL_INTERVAL).isAfter(now);
            return due[0] ? now : last;
        });
        if (!due[0]) {
            return;
        }
        executor.execute(() -> {
            try {
                transactions.executeWithoutResult(tx -> mailLockedOut(key, failure, now));
            } catch (RuntimeException e) {
                // the lock holds either way; the owner can still ask for a link from the locked page
                log.warn(
                        "Could not mail the sign-in link after a lockout: {}",
                        e.getClass().getSimpleName());
            }
        });
    }

    private void mailLockedOut(String email, Throttle.Failure failure, Instant when) {
        activeAccount(email).ifPresent(account -> {
            mailLink(
                    account,
                    "signInLocked",
                    failure.attempts(),
                    WHEN.format(when),
                    failure.lockedFor().toMinutes());
            log.info("Account {} locked out of password sign-in; sign-in link mailed", account.getId());
        });
    }

    /** Forgets lockout mails older than the interval, so memory follows recent activity. */
    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        Instant now = clock.instant();
        lockoutMailed
                .values()
                .removeIf(last -> !last.plus(LOCKOUT_MAIL_INTERVAL).isAfter(now));
    }

    /**
     * "Email me a sign-in link": mails a new link (retiring the one before) if the address is locked out
     * and an active account has it; does nothing visible otherwise, so the answer reveals nothing.
     */
    @Transactional
    public void request(String email) {
        if (throttle.lockedFor(email).isZero()) {
            return;
        }
        activeAccount(email).ifPresent(account -> {
            mailLink(account, "signInLink");
            log.info("Sign-in link mailed to locked-out account {} on request", account.getId());
        });
    }

    /** Whether a link is still good, without using it (for the page behind the link). */
    @Transactional(readOnly = true)
    public Outcome check(String token) {
        return outcome(links.check(AccountToken.Purpose.SIGN_IN, token).outcome());
    }

    /**
     * Uses the link (once). It signs in only an active account still at the address the link was sent to;
     * following it proves that mailbox, so the account counts as verified, as after a password reset.
     */
    @Transactional
    public Redemption redeem(String token) {
        OneTimeLinks.Redemption found = links.redeem(AccountToken.Purpose.SIGN_IN, token);
        if (found.outcome() != OneTimeLinks.Outcome.VALID) {
            return new Redemption(outcome(found.outcome()), Optional.empty());
        }
        Optional<Account> account = accounts.findById(found.token().getAccountId())
                .filter(a -> a.getEmail().equals(found.token().getNewEmail()));
        if (account.isEmpty()) {
            return new Redemption(Outcome.UNKNOWN, Optional.empty());
        }
        if (account.get().getStatus() != Account.Status.ACTIVE) {
            return new Redemption(Outcome.SUSPENDED, Optional.empty());
        }
        account.get().markVerified();
        log.info(
                "Account {} signed in with an emailed sign-in link",
                account.get().getId());
        return new Redemption(Outcome.VALID, Optional.of(account.get().signedIn()));
    }

    /**
     * Issues a link (retiring the one before) and mails it: the body gets the name, the facts, then the
     * link, its lifetime in minutes and the way to reset the password.
     */
    private void mailLink(Account account, String kind, Object... facts) {
        String token = links.issue(account, AccountToken.Purpose.SIGN_IN, LINK_LIFETIME, account.getEmail());
        List<Object> args = new ArrayList<>();
        args.add(account.getDisplayName());
        args.addAll(List.of(facts));
        args.add(mail.link("/sign-in/link", token));
        args.add(LINK_LIFETIME.toMinutes());
        args.add(mail.link("/reset-password", null));
        mail.send(account.getEmail(), account.getPreferredLanguage(), kind, args.toArray());
    }

    private Optional<Account> activeAccount(String email) {
        return accounts.findByEmail(Account.normalize(email)).filter(a -> a.getStatus() == Account.Status.ACTIVE);
    }

    private static Outcome outcome(OneTimeLinks.Outcome found) {
        return Outcome.valueOf(found.name());
    }
}
