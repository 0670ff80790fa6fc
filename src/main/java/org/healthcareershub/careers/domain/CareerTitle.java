package org.healthcareershub.careers.domain;

/** A career's title in one language, for menus and labels that need no more of the profile. */
public record CareerTitle(String slug, String locale, String title) {}
