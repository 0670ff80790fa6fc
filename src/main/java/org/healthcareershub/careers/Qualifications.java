package org.healthcareershub.careers;

import java.util.EnumSet;
import java.util.Set;

/** What a person brings: education, licenses and years of relevant experience. */
public record Qualifications(EducationLevel education, Set<License> licenses, double yearsOfExperience) {

    public Qualifications {
        education = education == null ? EducationLevel.NONE : education;
        licenses = licenses == null || licenses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(licenses));
        if (yearsOfExperience < 0) {
            throw new IllegalArgumentException("years of experience cannot be negative");
        }
    }
}
