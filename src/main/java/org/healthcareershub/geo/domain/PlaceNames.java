package org.healthcareershub.geo.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How place names are compared: case, accents, punctuation and extra spaces ignored, and the usual
 * abbreviations ("St.", "Mt.", "Ft.") read as the words the ZIP table mostly spells out.
 */
public final class PlaceNames {

    static final Set<String> STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "FM", "GU",
            "MH", "MP", "PR", "PW", "VI");

    static final Map<String, String> STATE_NAMES = Map.ofEntries(
            Map.entry("alabama", "AL"),
            Map.entry("alaska", "AK"),
            Map.entry("arizona", "AZ"),
            Map.entry("arkansas", "AR"),
            Map.entry("california", "CA"),
            Map.entry("colorado", "CO"),
            Map.entry("connecticut", "CT"),
            Map.entry("delaware", "DE"),
            Map.entry("district of columbia", "DC"),
            Map.entry("florida", "FL"),
            Map.entry("georgia", "GA"),
            Map.entry("hawaii", "HI"),
            Map.entry("idaho", "ID"),
            Map.entry("illinois", "IL"),
            Map.entry("indiana", "IN"),
            Map.entry("iowa", "IA"),
            Map.entry("kansas", "KS"),
            Map.entry("kentucky", "KY"),
            Map.entry("louisiana", "LA"),
            Map.entry("maine", "ME"),
            Map.entry("maryland", "MD"),
            Map.entry("massachusetts", "MA"),
            Map.entry("michigan", "MI"),
            Map.entry("minnesota", "MN"),
            Map.entry("mississippi", "MS"),
            Map.entry("missouri", "MO"),
            Map.entry("montana", "MT"),
            Map.entry("nebraska", "NE"),
            Map.entry("nevada", "NV"),
            Map.entry("new hampshire", "NH"),
            Map.entry("new jersey", "NJ"),
            Map.entry("new mexico", "NM"),
            Map.entry("new york", "NY"),
            Map.entry("north carolina", "NC"),
            Map.entry("north dakota", "ND"),
            Map.entry("ohio", "OH"),
            Map.entry("oklahoma", "OK"),
            Map.entry("oregon", "OR"),
            Map.entry("pennsylvania", "PA"),
            Map.entry("puerto rico", "PR"),
            Map.entry("rhode island", "RI"),
            Map.entry("south carolina", "SC"),
            Map.entry("south dakota", "SD"),
            Map.entry("tennessee", "TN"),
            Map.entry("texas", "TX"),
            Map.entry("utah", "UT"),
            Map.entry("vermont", "VT"),
            Map.entry("virginia", "VA"),
            Map.entry("washington", "WA"),
            Map.entry("west virginia", "WV"),
            Map.entry("wisconsin", "WI"),
            Map.entry("wyoming", "WY"));

    static final Map<String, String> ABBREVIATIONS =
            Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]+");

    private PlaceNames() {}

    /** The form two names are compared in: "St. James" and "saint  james" both become "saint james". */
    public static String normalize(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        for (String word : words(name)) {
            if (!normalized.isEmpty()) {
                normalized.append(' ');
            }
            normalized.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return normalized.toString();
    }

    /** The two-letter code for a state given as a code ("ny", "N.Y.") or a full name ("New York"). */
    public static Optional<String> stateCode(String state) {
        // Abbreviations are not expanded here: "MT" is Montana, not "mount".
        List<String> words = words(state);
        String code = String.join("", words).toUpperCase(Locale.ROOT);
        if (code.length() == 2 && STATE_CODES.contains(code)) {
            return Optional.of(code);
        }
        return Optional.ofNullable(STATE_NAMES.get(String.join(" ", words)));
    }

    private static List<String> words(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("'", "")
                .strip();
        return Arrays.stream(SEPARATORS.split(plain)).filter(w -> !w.isEmpty()).toList();
    }
}
