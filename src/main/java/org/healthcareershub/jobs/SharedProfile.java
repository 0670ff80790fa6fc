package org.healthcareershub.jobs;

import java.util.Set;
import java.util.TreeSet;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;

/**
 * The profile details a seeker chose to share with an organization when they expressed interest, copied at
 * that moment; a detail they did not tick is null (or empty). Nothing else of the profile is shared.
 *
 * @param careers slugs of the careers that interest them
 */
public record SharedProfile(
        String zip, EducationLevel education, Set<License> licenses, Integer years, Set<String> careers) {

    public SharedProfile {
        licenses = licenses == null ? Set.of() : Set.copyOf(new TreeSet<>(licenses));
        careers = careers == null ? Set.of() : Set.copyOf(new TreeSet<>(careers));
    }

    public static SharedProfile nothing() {
        return new SharedProfile(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return zip == null && education == null && licenses.isEmpty() && years == null && careers.isEmpty();
    }
}
