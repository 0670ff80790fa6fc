package org.healthcareershub.careers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.web.Site;

/** schema.org {@code Occupation} for a career page. */
final class OccupationJsonLd {

    private OccupationJsonLd() {}

    static Map<String, Object> of(CareerContent career, String url, Site site) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Occupation");
        data.put("name", career.title());
        data.put("description", career.summary());
        data.put("url", url);
        data.put("occupationalCategory", List.copyOf(career.socCodes()));
        data.put(
                "alternateName",
                career.jobTitles().stream().map(CareerContent.JobTitle::title).toList());
        data.put(
                "educationRequirements",
                career.quickFacts().stream()
                        .map(f -> f.role() + ": " + f.education())
                        .collect(Collectors.joining("; ")));
        data.put("occupationLocation", Map.of("@type", "State", "name", site.region()));
        List<Map<String, Object>> salaries = career.quickFacts().stream()
                .filter(f -> f.pay() != null)
                .map(f -> {
                    Map<String, Object> salary = new LinkedHashMap<>();
                    salary.put("@type", "MonetaryAmountDistribution");
                    salary.put("name", f.role());
                    salary.put("currency", "USD");
                    salary.put("duration", f.pay().unit().isoDuration());
                    salary.put("minValue", f.pay().min());
                    salary.put("maxValue", f.pay().max());
                    return salary;
                })
                .toList();
        if (!salaries.isEmpty()) {
            data.put("estimatedSalary", salaries);
        }
        data.put("dateModified", career.lastReviewed().toString());
        return data;
    }
}
