package org.healthcareershub.geo;

/**
 * A search radius in miles as typed: a whole number from 1 to {@link #MAX}. A bad value falls back to the
 * default and carries the message key that explains why.
 */
public record Radius(int miles, String errorKey) {

    public static final int MAX = 250;
    public static final int DEFAULT = 25;

    public static Radius read(String text) {
        if (text == null || text.isBlank()) {
            return new Radius(DEFAULT, null);
        }
        try {
            int miles = Integer.parseInt(text.strip());
            return miles < 1 || miles > MAX ? new Radius(DEFAULT, "geo.radius.invalid") : new Radius(miles, null);
        } catch (NumberFormatException e) {
            return new Radius(DEFAULT, "geo.radius.invalid");
        }
    }

    public boolean isValid() {
        return errorKey == null;
    }
}
