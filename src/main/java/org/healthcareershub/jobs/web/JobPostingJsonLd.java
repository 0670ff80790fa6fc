package org.healthcareershub.jobs.web;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.jobs.Workplace;
import org.healthcareershub.jobs.domain.JobPostingRules;

/**
 * schema.org {@code JobPosting} for a posting page, with every property Google's job-posting guidelines
 * require (title, description, datePosted, hiringOrganization, jobLocation, or for remote work
 * applicantLocationRequirements with jobLocationType TELECOMMUTE) and recommend (validThrough, baseSalary
 * with its unit, employmentType, identifier, directApply).
 */
final class JobPostingJsonLd {

    private JobPostingJsonLd() {}

    static Map<String, Object> of(
            JobView job, String url, String descriptionHtml, String organizationUrl, String state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "JobPosting");
        data.put("title", job.title());
        data.put("description", descriptionHtml);
        data.put("url", url);
        data.put(
                "identifier",
                Map.of("@type", "PropertyValue", "name", job.employerName(), "value", String.valueOf(job.id())));
        data.put(
                "datePosted",
                job.publishedAt().atZone(JobPostingRules.ZONE).toLocalDate().toString());
        data.put(
                "validThrough",
                job.closingDate()
                        .atTime(LocalTime.of(23, 59, 59))
                        .atZone(JobPostingRules.ZONE)
                        .toOffsetDateTime()
                        .toString());
        data.put("employmentType", job.employmentType().name());
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", job.employerName());
        organization.put("sameAs", organizationUrl);
        data.put("hiringOrganization", organization);
        if (job.workplace() == Workplace.REMOTE) {
            data.put("jobLocationType", "TELECOMMUTE");
            data.put("applicantLocationRequirements", Map.of("@type", "State", "name", state));
        } else {
            data.put("jobLocation", place(job, state));
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        value.put("minValue", job.pay().min());
        value.put("maxValue", job.pay().max());
        value.put("unitText", job.pay().unit().name());
        data.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "USD", "value", value));
        // expressing interest on the posting's own page is applying here; an outside address is not
        // a sample posting takes no interest (JobView.acceptsInterest), so it offers no direct application
        data.put("directApply", job.applyOnPortal() && !job.sample());
        if (job.socCode() != null) {
            data.put("occupationalCategory", job.socCode());
        }
        if (job.yearsExperience() > 0) {
            data.put(
                    "experienceRequirements",
                    Map.of(
                            "@type",
                            "OccupationalExperienceRequirements",
                            "monthsOfExperience",
                            job.yearsExperience() * 12));
        }
        if (!job.benefits().isEmpty()) {
            data.put("jobBenefits", String.join("; ", job.benefits()));
        }
        return data;
    }

    private static Map<String, Object> place(JobView job, String state) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (job.street() != null) {
            address.put("streetAddress", job.street());
        }
        address.put("addressLocality", job.city());
        address.put("addressRegion", state);
        address.put("postalCode", job.zip());
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
                        job.point().latitude(),
                        "longitude",
                        job.point().longitude()));
        return place;
    }
}
