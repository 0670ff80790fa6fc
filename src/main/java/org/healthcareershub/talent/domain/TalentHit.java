package org.healthcareershub.talent.domain;

import java.util.Set;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;

/**
 * One seeker as an organization's search shows them: the handle the organization knows them by and only the
 * details the seeker allowed (each other detail is null or empty). {@code area} is the first three digits of
 * the ZIP code ("122"), never the whole code.
 */
public record TalentHit(
        String handle,
        String area,
        String region,
        EducationLevel education,
        Integer years,
        Set<License> licenses,
        Set<String> careers) {

    public TalentHit {
        licenses = licenses == null ? Set.of() : Set.copyOf(licenses);
        careers = careers == null ? Set.of() : Set.copyOf(careers);
    }
}
