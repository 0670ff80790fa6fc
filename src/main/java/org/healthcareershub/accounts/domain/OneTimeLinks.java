package org.healthcareershub.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokens tokens;

    OneTimeLinks(AccountTokens tokens) {
        this.tokens = tokens;
    }

    @Transactional
    public String issue(Account account, AccountToken.Purpose purpose, Duration lifetime, String newEmail) {
        tokens.retireOpen(account.getId(), purpose, Instant.now());
        String secret = newSecret();
        tokens.save(new AccountToken(
                account.getId(), purpose, hash(secret), newEmail, Instant.now().plus(lifetime)));
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
        if (found.outcome() == Outcome.VALID && tokens.use(found.token().getId(), Instant.now()) == 0) {
            return new Redemption(Outcome.USED, found.token());
        }
        return found;
    }

    private Redemption find(AccountToken.Purpose purpose, String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return new Redemption(Outcome.UNKNOWN, null);
        }
        Optional<AccountToken> token = tokens.findByTokenHash(hash(secret)).filter(t -> t.getPurpose() == purpose);
        if (token.isEmpty()) {
            return new Redemption(Outcome.UNKNOWN, null);
        }
        if (token.get().isUsed()) {
            return new Redemption(Outcome.USED, token.get());
        }
        if (token.get().isExpired(Instant.now())) {
            return new Redemption(Outcome.EXPIRED, token.get());
        }
        return new Redemption(Outcome.VALID, token.get());
    }

    /** 256 random bits, URL-safe: the secret of a link, of which only {@link #hash} is stored. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
