package org.healthcareershub.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One option of a select, radio group, checkbox group or search facet in {@code templates/web/form.html}:
 * the value sent and a label that is either a message key with arguments (translated by the page) or text
 * shown as it is (a career title, a region name).
 */
public record Choice(String value, String text, String key, Object[] args) {

    public Choice {
        Objects.requireNonNull(value, "value");
        args = args == null ? new Object[0] : args.clone();
    }

    /** A choice labelled by the message {@code key} with {@code args}. */
    public static Choice of(String value, String key, Object... args) {
        return new Choice(value, null, key, args);
    }

    /** A choice labelled by {@code text} as it is, e.g. a name from the database. */
    public static Choice literal(String value, String text) {
        return new Choice(value, text, null, null);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /**
     * The choices a fragment was given, in order. {@code options} may be a map (value to label text, e.g.
     * career slug to title), an array or iterable of {@link Choice}s, or of plain values (enum constants,
     * strings) whose label is the message {@code labelPrefix + value}, or the value itself when {@code
     * labelPrefix} is null.
     */
    public static List<Choice> list(Object options, String labelPrefix) {
        List<Choice> choices = new ArrayList<>();
        for (Object option : elements(options)) {
            if (option instanceof Choice choice) {
                choices.add(choice);
            } else if (option instanceof Map.Entry<?, ?> entry) {
                choices.add(literal(String.valueOf(entry.getKey()), String.valueOf(entry.getValue())));
            } else {
                String value = String.valueOf(option);
                choices.add(labelPrefix == null ? literal(value, value) : of(value, labelPrefix + value));
            }
        }
        return choices;
    }

    /**
     * Whether this choice is among {@code chosen}: a single value or a collection or array of values,
     * compared by their text so enum constants and the strings a form holds both match. Nothing chosen
     * picks the empty "any" choice.
     */
    public boolean in(Object chosen) {
        if (chosen == null) {
            return value.isEmpty();
        }
        return elements(chosen).stream().anyMatch(c -> c != null && value.equals(String.valueOf(c)));
    }

    /**
     * This choice's count in {@code counts} (keys compared by their text), 0 when absent, or null for the
     * empty "any" choice, which has no count of its own.
     */
    public Number count(Map<?, ? extends Number> counts) {
        if (value.isEmpty() || counts == null) {
            return null;
        }
        return counts.entrySet().stream()
                .filter(e -> value.equals(String.valueOf(e.getKey())))
                .<Number>map(Map.Entry::getValue)
                .findFirst()
                .orElse(0);
    }

    private static Collection<?> elements(Object options) {
        if (options == null) {
            return List.of();
        }
        if (options instanceof Map<?, ?> map) {
            return map.entrySet();
        }
        if (options instanceof Collection<?> collection) {
            return collection;
        }
        if (options instanceof Iterable<?> iterable) {
            List<Object> all = new ArrayList<>();
            iterable.forEach(all::add);
            return all;
        }
        if (options instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return List.of(options);
    }
}
