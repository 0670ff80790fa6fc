package org.healthcareershub.trainings.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Location;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.TrainingView;

/** schema.org {@code EducationalOccupationalProgram} for a program page. */
final class ProgramJsonLd {

    private ProgramJsonLd() {}

    static Map<String, Object> of(TrainingView t, String url, CareerCatalog careers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "EducationalOccupationalProgram");
        data.put("name", t.title());
        data.put("url", url);
        if (t.description() != null) {
            data.put("description", t.description());
        }
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("@type", "EducationalOrganization");
        provider.put("name", t.provider());
        if (t.providerUrl() != null) {
            provider.put("url", t.providerUrl());
        }
        data.put("provider", provider);
        data.put("educationalCredentialAwarded", credential(t.credentialType()));
        String duration = duration(t);
        if (duration != null) {
            data.put("timeToComplete", duration);
        }
        List<String> soc = careers.socCodes(t.careers());
        if (!soc.isEmpty()) {
            data.put("occupationalCategory", soc);
        }
        if (t.deliveryMode() != DeliveryMode.UNKNOWN) {
            data.put("educationalProgramMode", mode(t.deliveryMode()));
        }
        Map<String, Object> offer = offer(t);
        if (!offer.isEmpty()) {
            data.put("offers", offer);
        }
        if (!t.startDates().isEmpty()) {
            data.put("startDate", t.startDates().get(0).toString());
        }
        if (t.prerequisites() != null) {
            data.put("programPrerequisites", t.prerequisites());
        }
        return data;
    }

    /**
     * What taking the program costs and where it is taught. schema.org gives a program no place of its own: the
     * place is where its offer is available ({@code availableAtOrFrom}).
     */
    private static Map<String, Object> offer(TrainingView t) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        if (t.cost().isKnown()) {
            offer.put("category", t.cost().isFree() ? "Free" : "Tuition");
            offer.put("price", t.cost().isFree() ? "0" : t.cost().toString());
            offer.put("priceCurrency", "USD");
        }
        if (t.hasLocation()) {
            offer.put("availableAtOrFrom", place(t));
        }
        return offer.size() > 1 ? offer : Map.of();
    }

    private static Map<String, Object> place(TrainingView t) {
        Location where = t.location();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (where.street() != null) {
            address.put("streetAddress", where.street());
        }
        address.put("addressLocality", where.city());
        address.put("addressRegion", where.state());
        address.put("postalCode", where.zip());
        address.put("addressCountry", "US");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("address", address);
        place.put(
                "geo",
                Map.of(
                        "@type",
                        "GeoCoordinates",
                        "latitude",
                        where.point().latitude(),
                        "longitude",
                        where.point().longitude()));
        return place;
    }

    static String credential(CredentialType type) {
        return switch (type) {
            case CERTIFICATE -> "Certificate";
            case DEGREE -> "Degree";
            case CERTIFICATION -> "Certification";
            case PROFESSIONAL_DEVELOPMENT -> "Professional development";
            case APPRENTICESHIP -> "Apprenticeship";
        };
    }

    static String mode(DeliveryMode mode) {
        return switch (mode) {
            case IN_PERSON -> "onsite";
            case ONLINE -> "online";
            case HYBRID -> "hybrid";
            case UNKNOWN -> throw new IllegalArgumentException("an unknown mode has no schema.org term");
        };
    }

    /** ISO 8601 duration: weeks when known, else hours of instruction. */
    static String duration(TrainingView t) {
        if (t.lengthWeeks() != null) {
            return "P" + t.lengthWeeks() + "W";
        }
        return t.lengthHours() == null ? null : "PT" + t.lengthHours() + "H";
    }
}
