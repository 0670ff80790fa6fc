package org.healthcareershub.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems with one form's fields, in field order. Each problem is a message key plus its arguments;
 * the page translates it when it renders ({@code templates/web/form.html}), so controllers, rules types
 * and APIs hold no translated text. The first problem found for a field is the one shown.
 */
public final class FieldErrors {

    /** One field's problem: a key in messages.properties and the arguments its text takes. */
    public record Problem(String key, Object[] args) {

        public Problem {
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /** Records a problem for {@code field} unless it already has one. */
    public FieldErrors add(String field, String key, Object... args) {
        problems.putIfAbsent(field, new Problem(key, args));
        return this;
    }

    /** Adds every problem of {@code other} whose field has none yet. */
    public FieldErrors addAll(FieldErrors other) {
        other.problems.forEach(problems::putIfAbsent);
        return this;
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public Problem get(String field) {
        return problems.get(field);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Field name to problem, in the order found; read-only. */
    public Map<String, Problem> asMap() {
        return Collections.unmodifiableMap(problems);
    }

    @Override
    public String toString() {
        return "FieldErrors" + problems.keySet();
    }
}
