package org.healthcareershub.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.healthcareershub.web.LinkSecret;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the secrets in emailed links. The secret has 256 random bits and only its SHA-256 is
 * stored, so a copy of the database cannot be used to take over accounts. Issuing a new link retires the
 * open ones of the same purpose.
 */
@Component
public class OneTimeLinks {

    /** What redeeming a link found. */
    public enum Outcome {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    public record Redemption(Outcome outcome, AccountToken token) {}

    private final AccountTokens tokens;
    private final Clock clock;

    OneTimeLinks(AccountTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public String issue(Account account, AccountToken.Purpose purpose, Duration lifetime, String newEmail) {
        Instant now = clock.instant();
        tokens.retireOpen(account.getId(), purpose, now);
        String secret = LinkSecret.generate();
        tokens.save(
                new AccountToken(account.getId(), purpose, LinkSecret.hash(secret), newEmail, now, now.plus(lifetime)));
        return secret;
    }

    /** Looks a link up without using it (to show a form behind it). */
    @Transactional(readOnly = true)
    public Redemption check(AccountToken.Purpose purpose, String secret) {
        return find(purpose, secret);
    }

    /** Uses the link: it works once, before it expires, for the purpose it was made for. */
    @Transactional
    public Redemption redeem(AccountToken.Purpose purpose, String secret) {
        Redemption found = find(purpose, secret);
        if (found.outcome() == Outcome.VALID && tokens.use(found.token().getId(), clock.instant()) == 0) {
            return new Redemption(Outcome.USED, found.token());
        }
        return found;
    }

    private Redemption find(AccountToken.Purpose purpose, String secret) {
        if (!LinkSecret.plausible(secret)) {
            return new Redemption(Outcome.UNKNOWN, null);
        }
        Optional<AccountToken> token =
                tokens.findByTokenHash(LinkSecret.hash(secret)).filter(t -> t.getPurpose() == purpose);
        if (token.isEmpty()) {
            return new Redemption(Outcome.UNKNOWN, null);
        }
        if (token.get().isUsed()) {
            return new Redemption(Outcome.USED, token.get());
        }
        if (token.get().isExpired(clock.instant())) {
            return new Redemption(Outcome.EXPIRED, token.get());
        }
        return new Redemption(Outcome.VALID, token.get());
    }
}
