package org.healthcareershub.careers;

import java.util.List;
import java.util.Optional;

/**
 * A New York rule for a job title or certification: any one of its paths qualifies. Rules live in
 * content/eligibility/new-york.yml with their sources.
 */
public record EligibilityRule(
        String id,
        Kind kind,
        String title,
        String setting,
        String career,
        List<Path> anyOf,
        List<String> notes,
        String sourceTitle,
        String sourceUrl) {

    public enum Kind {
        JOB_TITLE,
        CERTIFICATION
    }

    public EligibilityRule {
        anyOf = List.copyOf(anyOf);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * One way to qualify: at least {@code education} (if set), any one of {@code licenses} (if any are
     * listed), and at least {@code years} of relevant experience.
     */
    public record Path(EducationLevel education, List<License> licenses, double years) {

        public Path {
            licenses = licenses == null ? List.of() : List.copyOf(licenses);
        }

        /** What {@code person} still lacks for this path. */
        public Gap gapFor(Qualifications person) {
            EducationLevel missingEducation = person.education().atLeast(education) ? null : education;
            List<License> missingLicenses =
                    licenses.isEmpty() || licenses.stream().anyMatch(person.licenses()::contains)
                            ? List.of()
                            : licenses;
            double missingYears = Math.max(0, years - person.yearsOfExperience());
            return new Gap(missingEducation, missingLicenses, missingYears);
        }
    }

    /** What is missing on one path; nothing missing means the person qualifies. */
    public record Gap(EducationLevel education, List<License> anyLicense, double years) {

        public boolean isEmpty() {
            return education == null && anyLicense.isEmpty() && years == 0;
        }

        /** How far off this is, to pick the closest path: each missing part counts, years by the year. */
        double distance() {
            return (education == null ? 0 : 2) + (anyLicense.isEmpty() ? 0 : 3) + years;
        }
    }

    /** The result of checking {@code person}: eligible, or the closest path and what it lacks. */
    public Check check(Qualifications person) {
        Path closest = null;
        Gap closestGap = null;
        for (Path path : anyOf) {
            Gap gap = path.gapFor(person);
            if (gap.isEmpty()) {
                return new Check(this, true, path, gap);
            }
            if (closestGap == null || gap.distance() < closestGap.distance()) {
                closest = path;
                closestGap = gap;
            }
        }
        return new Check(this, false, closest, closestGap);
    }

    public record Check(EligibilityRule rule, boolean eligible, Path path, Gap gap) {

        public Optional<Gap> missing() {
            return eligible ? Optional.empty() : Optional.of(gap);
        }
    }
}
