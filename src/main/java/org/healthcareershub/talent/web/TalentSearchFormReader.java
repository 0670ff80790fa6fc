package org.healthcareershub.talent.web;

import java.util.Collection;
import java.util.Set;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.talent.domain.TalentQuery;
import org.healthcareershub.talent.domain.TalentSearch;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;

/**
 * Reads the talent search's parameters: a bad one gets a message for its field and the search runs without
 * it; a page past {@link TalentSearch#MAX_PAGES} is refused (the answer says to narrow the search).
 */
final class TalentSearchFormReader {

    static final int MAX_YEARS = 60;

    private TalentSearchFormReader() {}

    static TalentQuery read(
            TalentSearchForm form,
            HiringOrganization organization,
            Collection<String> regions,
            Set<String> careerSlugs,
            FieldErrors errors) {
        errors.addAll(PlainText.check(form));
        if (!errors.isEmpty()) {
            return new TalentQuery(null, null, null, null, null, null, null, 1);
        }
        String region = blankToNull(form.region());
        if (region != null && !regions.contains(region)) {
            errors.add("region", "talent.search.error.choice");
            region = null;
        }
        Long siteId = null;
        String siteText = blankToNull(form.site());
        if (siteText != null) {
            siteId = organization.sites().stream()
                    .filter(s -> String.valueOf(s.id()).equals(siteText))
                    .map(HiringOrganization.Site::id)
                    .findFirst()
                    .orElse(null);
            if (siteId == null) {
                errors.add("site", "talent.search.error.choice");
            }
        }
        Integer miles = null;
        String radiusText = blankToNull(form.radius());
        if (radiusText != null) {
            if (siteText == null) {
                errors.add("radius", "talent.search.error.radiusSite");
            } else if (TalentQuery.RADII.stream().map(String::valueOf).noneMatch(radiusText::equals)) {
                errors.add("radius", "talent.search.error.radiusChoice");
            } else if (siteId != null) {
                miles = Integer.valueOf(radiusText);
            }
        }
        String career = blankToNull(form.career());
        if (career != null && !careerSlugs.contains(career)) {
            errors.add("career", "talent.search.error.choice");
            career = null;
        }
        EducationLevel education = choice(EducationLevel.class, form.education(), "education", errors);
        License license = choice(License.class, form.license(), "license", errors);
        Integer years = number(form.years(), 0, MAX_YEARS, "years", "talent.search.error.years", errors);
        int page = 1;
        String pageText = blankToNull(form.page());
        if (pageText != null) {
            if (!pageText.matches("\\d{1,4}") || Integer.parseInt(pageText) < 1) {
                errors.add("page", "talent.search.error.page");
            } else if (Integer.parseInt(pageText) > TalentSearch.MAX_PAGES) {
                errors.add("page", "talent.search.error.pageCap", TalentSearch.MAX_PAGES);
                page = TalentSearch.MAX_PAGES;
            } else {
                page = Integer.parseInt(pageText);
            }
        }
        return new TalentQuery(region, siteId, miles, career, education, license, years, page);
    }

    private static Integer number(String text, int min, int max, String field, String key, FieldErrors errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{1,4}")) {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        }
        errors.add(field, key, max);
        return null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, FieldErrors errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(field, "talent.search.error.choice");
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
