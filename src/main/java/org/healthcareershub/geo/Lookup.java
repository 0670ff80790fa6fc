package org.healthcareershub.geo;

import java.util.Optional;

/**
 * What a person's "near" text turned out to be. A lookup says its own problem, so a reader asks
 * {@link #problem()} for the message to show next to the field and {@link #found()} for the place,
 * without telling kinds of lookup apart.
 */
public sealed interface Lookup {

    /** The place named, empty when the text named none. */
    Optional<Place> found();

    /** The key in messages.properties that says why no place was found; empty when one was. */
    Optional<String> problem();

    /** The text named a place. */
    record Found(Place place) implements Lookup {

        @Override
        public Optional<Place> found() {
            return Optional.of(place);
        }

        @Override
        public Optional<String> problem() {
            return Optional.empty();
        }
    }

    /**
     * The text named no place: {@code geo.near.invalid} when it is not a ZIP code or "City, ST" (or is
     * blank, or too long), {@code geo.near.unknown} when it is well formed but no such place is known.
     */
    record NotFound(String messageKey) implements Lookup {

        @Override
        public Optional<Place> found() {
            return Optional.empty();
        }

        @Override
        public Optional<String> problem() {
            return Optional.of(messageKey);
        }
    }
}
