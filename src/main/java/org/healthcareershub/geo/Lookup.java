package org.healthcareershub.geo;

/** What a person's "near" text turned out to be. The message keys name text in messages.properties. */
public sealed interface Lookup {

    /** The text named a place. */
    record Found(Place place) implements Lookup {}

    /** The text is not a ZIP code or "City, ST" (or is blank, or too long). */
    record Invalid(String messageKey) implements Lookup {}

    /** The text is well formed, but there is no such ZIP code or place. */
    record Unknown(String messageKey) implements Lookup {}
}
