package org.healthcareershub.employers.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.healthcareershub.employers.EmployerProfile;

/** schema.org {@code Organization} with every site's address and coordinates. */
final class OrganizationJsonLd {

    private OrganizationJsonLd() {}

    static Map<String, Object> of(EmployerProfile e, String url) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Organization");
        data.put("name", e.name());
        data.put("url", url);
        if (e.description() != null) {
            data.put("description", e.description());
        }
        if (e.website() != null) {
            data.put("sameAs", e.website());
        }
        if (e.contactPhone() != null) {
            data.put("telephone", e.contactPhone());
        }
        if (!e.languages().isEmpty()) {
            // schema.org takes a language as a BCP 47 code
            data.put("knowsLanguage", e.languages());
        }
        data.put(
                "location",
                e.sites().stream()
                        .map(s -> {
                            Map<String, Object> address = new LinkedHashMap<>();
                            address.put("@type", "PostalAddress");
                            address.put("streetAddress", s.street());
                            address.put("addressLocality", s.city());
                            address.put("addressRegion", "NY");
                            address.put("postalCode", s.zip());
                            address.put("addressCountry", "US");
                            Map<String, Object> place = new LinkedHashMap<>();
                            place.put("@type", "Place");
                            place.put("name", s.name());
                            place.put("address", address);
                            place.put(
                                    "geo",
                                    Map.of(
                                            "@type",
                                            "GeoCoordinates",
                                            "latitude",
                                            s.latitude(),
                                            "longitude",
                                            s.longitude()));
                            return place;
                        })
                        .toList());
        return data;
    }
}
