package org.healthcareershub.web;

/** A staff area a module offers; the /admin page links to each. Keys name messages. */
public interface AdminSection {

    String titleKey();

    String descriptionKey();

    String href();

    /** The arguments of the description's message, such as how many items wait (read on every visit). */
    default Object[] descriptionArgs() {
        return new Object[0];
    }
}
