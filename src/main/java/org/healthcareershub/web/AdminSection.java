package org.healthcareershub.web;

/** A staff area a module offers; the /admin page links to each. Keys name messages. */
public interface AdminSection {

    String titleKey();

    String descriptionKey();

    String href();
}
