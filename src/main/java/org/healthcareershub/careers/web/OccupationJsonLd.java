package org.healthcareershub.careers.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.Pay;
import org.healthcareershub.careers.RegionalWages;
import org.healthcareershub.web.Site;

/**
 * schema.org {@code Occupation} for a career page. Its {@code estimatedSalary} holds the statewide BLS
 * OEWS wages as {@code MonetaryAmountDistribution}s (percentiles, with the period as {@code duration})
 * where staff loaded them, and otherwise the content's reference ranges as {@code MonetaryAmount}s whose
 * {@code value} is a {@code QuantitativeValue} range with its unit, since a range is not a distribution.
 */
final class OccupationJsonLd {

    private OccupationJsonLd() {}

    static Map<String, Object> of(CareerContent career, String url, Site site, RegionalWages statewide) {
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
        List<Map<String, Object>> salaries = statewide == null ? referenceRanges(career) : distributions(statewide);
        if (!salaries.isEmpty()) {
            data.put("estimatedSalary", salaries);
        }
        return data;
    }

    private static List<Map<String, Object>> distributions(RegionalWages wages) {
        List<Map<String, Object>> salaries = new ArrayList<>();
        for (RegionalWages.Area area : wages.areas()) {
            for (RegionalWages.Occupation occupation : area.occupations()) {
                boolean annual = occupation.annual() != null;
                RegionalWages.Figures figures = annual ? occupation.annual() : occupation.hourly();
                if (figures == null) {
                    continue;
                }
                Map<String, Object> salary = new LinkedHashMap<>();
                salary.put("@type", "MonetaryAmountDistribution");
                salary.put("name", occupation.title() + " (SOC " + occupation.socCode() + ")");
                salary.put("currency", "USD");
                salary.put("duration", (annual ? Pay.Unit.YEAR : Pay.Unit.HOUR).isoDuration());
                // a top-coded figure ("#") has no number to give, so it is left out
                put(salary, "percentile10", figures.pct10());
                put(salary, "percentile25", figures.pct25());
                put(salary, "median", figures.median());
                put(salary, "percentile75", figures.pct75());
                put(salary, "percentile90", figures.pct90());
                salaries.add(salary);
            }
        }
        return salaries;
    }

    private static List<Map<String, Object>> referenceRanges(CareerContent career) {
        return career.quickFacts().stream()
                .filter(f -> f.pay() != null)
                .map(f -> {
                    Map<String, Object> range = new LinkedHashMap<>();
                    range.put("@type", "QuantitativeValue");
                    range.put("minValue", f.pay().min());
                    range.put("maxValue", f.pay().max());
                    range.put("unitText", f.pay().unit().name());
                    Map<String, Object> salary = new LinkedHashMap<>();
                    salary.put("@type", "MonetaryAmount");
                    salary.put("name", f.role());
                    salary.put("currency", "USD");
                    salary.put("value", range);
                    return salary;
                })
                .toList();
    }

    private static void put(Map<String, Object> salary, String property, BigDecimal value) {
        if (value != null) {
            salary.put(property, value);
        }
    }
}
