package org.healthcareershub.trainings;

import java.math.BigDecimal;
import java.util.Locale;

/** What a program costs: an amount, free, or unknown. Never a made-up number. */
public record Cost(Kind kind, BigDecimal amount) {

    public enum Kind {
        FREE,
        AMOUNT,
        UNKNOWN
    }

    public static final Cost FREE = new Cost(Kind.FREE, null);
    public static final Cost UNKNOWN = new Cost(Kind.UNKNOWN, null);

    public Cost {
        if (kind == Kind.AMOUNT && (amount == null || amount.signum() < 0)) {
            throw new IllegalArgumentException("an amount must be zero or more");
        }
        if (kind == Kind.AMOUNT && amount.signum() == 0) {
            kind = Kind.FREE;
            amount = null;
        }
        if (kind != Kind.AMOUNT) {
            amount = null;
        } else {
            amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    public static Cost of(BigDecimal amount) {
        return amount == null ? UNKNOWN : new Cost(Kind.AMOUNT, amount);
    }

    /** Reads {@code free}, {@code unknown} (or blank) or a dollar amount such as {@code 1,250} or {@code $99.50}. */
    public static Cost parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("unknown")) {
            return UNKNOWN;
        }
        if (value.equals("free")) {
            return FREE;
        }
        return new Cost(Kind.AMOUNT, new BigDecimal(value.replace("$", "").replace(",", "")));
    }

    /** The number a search compares: 0 for free, the amount, or null when unknown. */
    public Double comparable() {
        return switch (kind) {
            case FREE -> 0.0;
            case AMOUNT -> amount.doubleValue();
            case UNKNOWN -> null;
        };
    }

    public boolean isFree() {
        return kind == Kind.FREE;
    }

    public boolean isKnown() {
        return kind != Kind.UNKNOWN;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case FREE -> "free";
            case UNKNOWN -> "unknown";
            case AMOUNT -> amount.stripTrailingZeros().toPlainString();
        };
    }
}
