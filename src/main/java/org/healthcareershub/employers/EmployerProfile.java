package org.healthcareershub.employers;

import java.util.List;

/**
 * A public employer's page. {@code languages} are the ISO 639-1 codes of the languages its staff speak with
 * clients ({@link SpokenLanguages}), in that list's order.
 */
public record EmployerProfile(
        String slug,
        String name,
        String description,
        List<String> settings,
        List<String> careers,
        List<String> languages,
        String website,
        String contactPhone,
        List<SiteView> sites,
        boolean sample) {

    public record SiteView(
            String name,
            String street,
            String city,
            String zip,
            String county,
            String region,
            double latitude,
            double longitude) {}
}
