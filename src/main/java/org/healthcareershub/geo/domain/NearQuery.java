package org.healthcareershub.geo.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The forms a "near" text may take: a ZIP code (ZIP+4 allowed) or a city and state. */
public sealed interface NearQuery {

    /** Longer text is refused unread: no city name and state come close. */
    int MAX_LENGTH = 100;

    /**
     * The query {@code text} is in, or empty when it is in neither form (also when blank or over
     * {@value #MAX_LENGTH} characters).
     */
    static Optional<NearQuery> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Zip.parse(stripped).<NearQuery>map(zip -> zip).or(() -> CityState.parse(stripped));
    }

    /** A ZIP code; a ZIP+4 is kept as its first five digits. */
    record Zip(String zip5) implements NearQuery {

        private static final Pattern FORM = Pattern.compile("(\\d{5})(?:-\\d{4})?");

        static Optional<Zip> parse(String text) {
            Matcher matcher = FORM.matcher(text);
            return matcher.matches() ? Optional.of(new Zip(matcher.group(1))) : Optional.empty();
        }
    }

    /** A city name as typed (spaces collapsed) and a two-letter state code. */
    record CityState(String city, String state) implements NearQuery {

        private static final Pattern CITY = Pattern.compile("\\p{L}[\\p{L} .'\\-]*");
        private static final Pattern SPACES = Pattern.compile("\\s+");
        private static final List<String> STATE_NAMES_LONGEST_FIRST = PlaceNames.STATE_NAMES.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();

        static Optional<CityState> parse(String text) {
            String collapsed = SPACES.matcher(text).replaceAll(" ");
            int comma = collapsed.lastIndexOf(',');
            if (comma >= 0) {
                return of(collapsed.substring(0, comma), collapsed.substring(comma + 1));
            }
            // Without a comma the state is the last word ("Albany NY") or a full name ("Albany New York").
            String lower = collapsed.toLowerCase(Locale.ROOT);
            for (String name : STATE_NAMES_LONGEST_FIRST) {
                if (lower.endsWith(" " + name)) {
                    return of(collapsed.substring(0, collapsed.length() - name.length()), name);
                }
            }
            int space = collapsed.lastIndexOf(' ');
            return space < 0 ? Optional.empty() : of(collapsed.substring(0, space), collapsed.substring(space + 1));
        }

        private static Optional<CityState> of(String city, String state) {
            String name = city.strip();
            if (!CITY.matcher(name).matches()) {
                return Optional.empty();
            }
            return PlaceNames.stateCode(state).map(code -> new CityState(name, code));
        }
    }
}
