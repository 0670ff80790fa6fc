package org.healthcareershub.employers;

import java.util.List;

/** A public employer's page. */
public record EmployerProfile(
        String slug,
        String name,
        String description,
        List<String> settings,
        List<String> careers,
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
