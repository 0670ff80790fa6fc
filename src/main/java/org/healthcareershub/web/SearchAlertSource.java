package org.healthcareershub.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A search page whose searches people may ask to be mailed new results of (trainings, employers, jobs each
 * implement it next to their search reader). The module reads the parameters with the reader its page and
 * API use, so an alert stores only a checked, normalized search ({@link Reading#query()}), and runs a stored
 * search through its own facade. The accounts module keeps the alerts and knows no module's parameters.
 */
public interface SearchAlertSource {

    /** The most results a run looks at. */
    int MAX_RESULTS = 100;

    /** The search page's path without its slash, and the alert's kind: "trainings", "employers" or "jobs". */
    String kind();

    /** Reads a search as its page would; problems are the page's own, field by field. */
    Reading read(Map<String, List<String>> parameters);

    /**
     * Runs a stored search ({@link Reading#query()}): the items it matches that were published (an
     * organization: first listed) at or after {@code since}, oldest first, at most {@code limit}; the
     * search's own sort does not matter.
     */
    List<Hit> results(String query, Instant since, int limit);

    /**
     * One result: a key that stays the same for the item (id or slug), its title, its page's path, when it
     * was published or listed (the time an alert counts new results from) and whether it is sample data.
     */
    record Hit(String key, String title, String path, Instant at, boolean sample) {}

    /** A search as read: its parameters in a fixed order (no page number), and any problems. */
    record Reading(List<Parameter> parameters, FieldErrors errors) {

        /** The parameters as a query string (without "?"), the form an alert stores. */
        public String query() {
            StringJoiner query = new StringJoiner("&");
            for (Parameter parameter : parameters) {
                query.add(URLEncoder.encode(parameter.name(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(parameter.value(), StandardCharsets.UTF_8));
            }
            return query.toString();
        }
    }

    /**
     * A stored search in words for lists and mail, in {@code locale}'s language: its text and place as
     * written, its filters by their labels on the search page (not its sort); null when it has none (every
     * result).
     */
    String describe(String query, Locale locale);

    /**
     * The words of a stored search, each parameter turned into words by {@code label} (null leaves it out),
     * joined with " · "; null when nothing is left.
     */
    static String describe(String query, Function<Parameter, String> label) {
        List<String> words = new ArrayList<>();
        parse(query)
                .forEach((name, values) -> values.forEach(value -> {
                    String word = label.apply(new Parameter(name, value));
                    if (word != null && !word.isBlank()) {
                        words.add(word);
                    }
                }));
        return words.isEmpty() ? null : String.join(" · ", words);
    }

    /** One parameter of a search, as a page's link or hidden field writes it. */
    record Parameter(String name, String value) {}

    /** Collects a read search's parameters in order, leaving out what is not set. */
    final class Parameters {

        /** What a stored slug (a career's, an employer's) looks like; anything else is refused. */
        public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

        private final List<Parameter> list = new ArrayList<>();

        /** Adds {@code name=value} unless the value is null or blank. */
        public Parameters add(String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                list.add(new Parameter(name, value.toString()));
            }
            return this;
        }

        /** Adds one {@code name=value} per value, in sorted order; enum constants in lower case. */
        public Parameters addAll(String name, Collection<?> values) {
            values.stream()
                    .map(v -> v instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : v.toString())
                    .sorted()
                    .forEach(v -> add(name, v));
            return this;
        }

        /** Adds a slug, or refuses the field with {@code problemKey} when it is not one. */
        public Parameters addSlug(String name, String slug, FieldErrors errors, String problemKey) {
            if (slug != null && !slug.isBlank()) {
                if (slug.length() <= 120 && slug.matches(SLUG)) {
                    add(name, slug);
                } else {
                    errors.add(name, problemKey);
                }
            }
            return this;
        }

        public Reading reading(FieldErrors errors) {
            return new Reading(List.copyOf(list), errors);
        }
    }

    /** The first value of a parameter, or null. */
    static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a parameter (none: an empty list). */
    static List<String> all(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of());
    }

    /** The parameters of a stored query string, in their order. */
    static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
