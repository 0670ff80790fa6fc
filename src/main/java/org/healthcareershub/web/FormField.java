package org.healthcareershub.web;

/**
 * What {@code templates/web/form.html} needs to wire one field for assistive technology: its id (the
 * field's name, behind an optional prefix when a page holds two forms), its problem if any, and the ids
 * its {@code aria-describedby} names. Kept in Java so every fragment wires hints and errors the same way.
 */
public record FormField(String id, FieldErrors.Problem problem, boolean hasHint) {

    /**
     * @param name the request parameter and the key in {@code errors}
     * @param idPrefix put before the name to make the id, or null
     * @param errors the form's problems, or null when the form has none to show
     * @param hint the hint text shown under the label, or null
     */
    public static FormField of(String name, String idPrefix, FieldErrors errors, Object hint) {
        String id = (idPrefix == null ? "" : idPrefix) + name;
        return new FormField(id, errors == null ? null : errors.get(name), hint != null);
    }

    public boolean invalid() {
        return problem != null;
    }

    public String hintId() {
        return id + "-hint";
    }

    public String errorId() {
        return id + "-error";
    }

    /** The ids of the hint and error shown, space separated, or null when there is neither. */
    public String describedBy() {
        if (hasHint && invalid()) {
            return hintId() + " " + errorId();
        }
        return hasHint ? hintId() : invalid() ? errorId() : null;
    }
}
