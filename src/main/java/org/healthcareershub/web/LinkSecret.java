package org.healthcareershub.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an emailed one-time link: 256 random bits, URL-safe, of which only the SHA-256 is stored, so
 * a copy of the database holds no working link. Used by the account links and the contact-form confirmation.
 */
public final class LinkSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The longest text that can be a secret; anything longer is refused before hashing. */
    public static final int MAX_LENGTH = 100;

    private LinkSecret() {}

    /** A new secret for a link (43 URL-safe characters). */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} is worth looking up: not blank and not longer than {@link #MAX_LENGTH}. */
    public static boolean plausible(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX_LENGTH;
    }

    /** The SHA-256 of a secret, in lower-case hex: what is stored and looked up. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
