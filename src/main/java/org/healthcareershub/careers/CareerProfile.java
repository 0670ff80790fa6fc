package org.healthcareershub.careers;

/**
 * A career page: its content in the requested language, or in English when no translation exists
 * ({@code translated} is then false and the page says so).
 */
public record CareerProfile(CareerContent content, boolean translated) {}
