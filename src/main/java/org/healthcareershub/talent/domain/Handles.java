package org.healthcareershub.talent.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.healthcareershub.talent.TalentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pseudonyms organizations know seekers by: HMAC-SHA256 of the organization's and the seeker's ids under
 * a secret, shown as eight characters of an alphabet without look-alikes ("K7MQ-2XPA"). The same pair always
 * gets the same handle, two organizations get unrelated ones, and without the secret nobody can tell whose
 * handle it is (40 bits: a clash between two seekers of one organization is a chance in a trillion per
 * pair).
 */
@Component
public class Handles {

    private static final Logger log = LoggerFactory.getLogger(Handles.class);
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String KEY_FILE = "talent-handle.key";
    static final int MIN_SECRET = 32;

    private final SecretKeySpec key;

    @Autowired
    Handles(TalentProperties properties, @Value("${hub.data-dir}") Path dataDir) {
        this(secret(properties.handleSecret(), dataDir));
    }

    Handles(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The handle under which this organization knows this seeker. */
    public String of(long organizationId, long seekerId) {
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            mac = hmac.doFinal((organizationId + ":" + seekerId).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        StringBuilder handle = new StringBuilder(9);
        for (int i = 7; i >= 0; i--) {
            handle.append(ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31)));
            if (i == 4) {
                handle.append('-');
            }
        }
        return handle.toString();
    }

    /** Whether text has the form of a handle (so a path or form value can be refused before any lookup). */
    public static boolean isHandle(String text) {
        return text != null && text.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
    }

    private static String secret(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_SECRET) {
                throw new IllegalStateException(
                        "hub.talent.handle-secret must have at least " + MIN_SECRET + " characters");
            }
            return configured;
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String made = HexFormat.of().formatHex(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, made, StandardCharsets.US_ASCII);
            log.info("Made a secret for talent handles in {}", file);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make " + file, e);
        }
    }
}
