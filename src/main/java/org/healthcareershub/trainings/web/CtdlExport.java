package org.healthcareershub.trainings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.geo.Location;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.TrainingView;
import org.healthcareershub.web.Site;

/**
 * Programs as Credential Engine CTDL JSON-LD ({@code ceterms:LearningProgram}), so a collaborative can
 * publish its catalog to the Credential Registry.
 */
final class CtdlExport {

    static final String CONTEXT = "https://credreg.net/ctdl/schema/context/json";

    private CtdlExport() {}

    /**
     * The programs as one JSON-LD graph. Each program's {@code @id} is its CTDL document on this portal and its
     * {@code ceterms:subjectWebpage} its page here; the provider's own page is its availability listing.
     */
    static Map<String, Object> graph(List<TrainingView> programs, Site site) {
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("@context", CONTEXT);
        graph.put("@graph", programs.stream().map(t -> program(t, site)).toList());
        return graph;
    }

    static Map<String, Object> program(TrainingView t, Site site) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@id", site.absolute("/api/v1/trainings/" + t.id() + "/ctdl"));
        p.put("@type", "ceterms:LearningProgram");
        p.put("ceterms:ctid", t.ctid());
        p.put("ceterms:name", english(t.title()));
        if (t.description() != null) {
            p.put("ceterms:description", english(t.description()));
        }
        p.put("ceterms:subjectWebpage", site.absolute("/trainings/" + t.id()));
        if (t.url() != null) {
            p.put("ceterms:availabilityListing", List.of(t.url()));
        }
        p.put("ceterms:inLanguage", List.of("en-US"));
        p.put(
                "ceterms:lifeCycleStatusType",
                alignment("https://credreg.net/ctdl/terms/LifeCycleStatus", "lifeCycle:Active", "Active"));
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("@type", "ceterms:CredentialOrganization");
        provider.put("ceterms:name", english(t.provider()));
        if (t.providerUrl() != null) {
            provider.put("ceterms:subjectWebpage", t.providerUrl());
        }
        p.put("ceterms:offeredBy", List.of(provider));
        if (t.deliveryMode() != DeliveryMode.UNKNOWN) {
            p.put("ceterms:deliveryType", List.of(delivery(t.deliveryMode())));
        }
        if (t.lengthWeeks() != null || t.lengthHours() != null) {
            Map<String, Object> duration = new LinkedHashMap<>();
            duration.put("@type", "ceterms:DurationProfile");
            duration.put(
                    "ceterms:exactDuration",
                    t.lengthWeeks() != null ? "P" + t.lengthWeeks() + "W" : "PT" + t.lengthHours() + "H");
            p.put("ceterms:estimatedDuration", List.of(duration));
        }
        if (t.cost().isKnown()) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("@type", "ceterms:CostProfile");
            cost.put("ceterms:currency", "USD");
            cost.put("ceterms:price", t.cost().isFree() ? 0 : t.cost().amount());
            cost.put("ceterms:description", english(t.cost().isFree() ? "Free" : "Tuition and fees"));
            p.put("ceterms:estimatedCost", List.of(cost));
        }
        if (t.hasLocation()) {
            Location where = t.location();
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "ceterms:Place");
            if (where.street() != null) {
                place.put("ceterms:streetAddress", english(where.street()));
            }
            place.put("ceterms:addressLocality", english(where.city()));
            place.put("ceterms:addressRegion", english(where.state()));
            place.put("ceterms:postalCode", where.zip());
            place.put("ceterms:addressCountry", english("US"));
            place.put("ceterms:latitude", where.point().latitude());
            place.put("ceterms:longitude", where.point().longitude());
            p.put("ceterms:availableAt", List.of(place));
        } else {
            p.put("ceterms:availableOnlineAt", t.url() == null ? List.of() : List.of(t.url()));
        }
        if (!t.startDates().isEmpty()) {
            p.put("ceterms:dateEffective", t.startDates().get(0).toString());
        }
        if (t.prerequisites() != null) {
            Map<String, Object> requirement = new LinkedHashMap<>();
            requirement.put("@type", "ceterms:ConditionProfile");
            requirement.put("ceterms:description", english(t.prerequisites()));
            p.put("ceterms:requires", List.of(requirement));
        }
        List<Map<String, Object>> occupations = new ArrayList<>();
        for (String title : t.jobTitles()) {
            Map<String, Object> occupation = new LinkedHashMap<>();
            occupation.put("@type", "ceterms:CredentialAlignmentObject");
            occupation.put("ceterms:targetNodeName", english(title));
            occupations.add(occupation);
        }
        if (!occupations.isEmpty()) {
            p.put("ceterms:occupationType", occupations);
        }
        return p;
    }

    private static Map<String, Object> delivery(DeliveryMode mode) {
        return switch (mode) {
            case IN_PERSON ->
                alignment("https://credreg.net/ctdl/terms/Delivery", "deliveryType:InPerson", "In Person Only");
            case ONLINE ->
                alignment("https://credreg.net/ctdl/terms/Delivery", "deliveryType:OnlineOnly", "Online Only");
            case HYBRID ->
                alignment(
                        "https://credreg.net/ctdl/terms/Delivery", "deliveryType:BlendedDelivery", "Blended Delivery");
            case UNKNOWN -> throw new IllegalArgumentException("an unknown delivery type has no CTDL term");
        };
    }

    private static Map<String, Object> alignment(String framework, String node, String name) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@type", "ceterms:CredentialAlignmentObject");
        a.put("ceterms:framework", framework);
        a.put("ceterms:targetNode", node);
        a.put("ceterms:targetNodeName", english(name));
        return a;
    }

    private static Map<String, String> english(String text) {
        return Map.of("en-US", text);
    }
}
