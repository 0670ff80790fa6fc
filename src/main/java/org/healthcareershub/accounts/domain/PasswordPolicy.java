package org.healthcareershub.accounts.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.healthcareershub.web.PlainText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords: at least 12 characters, at most 128, and not a common one (the 30,000 most common passwords,
 * shipped with the app, also with digits or symbols added at the end), nor the email address, nor one with a
 * NUL ({@link PlainText.Kind#PASSWORD}). No composition rules.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The message key saying what is wrong with the password, if anything. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        Optional<String> unusable = PlainText.problem(password, PlainText.Kind.PASSWORD);
        if (unusable.isPresent()) {
            return unusable;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (isCommon(password) || password.equalsIgnoreCase(email == null ? "" : email.strip())) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() < 4) {
            return true;
        }
        String stem = lower.replaceAll("[\\d\\W_]+$", "");
        return common.contains(lower) || (stem.length() >= 4 && common.contains(stem));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
