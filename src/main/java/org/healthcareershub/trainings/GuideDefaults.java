package org.healthcareershub.trainings;

import java.util.Optional;
import java.util.Set;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;

/**
 * Answers another module already knows for the person opening the training guide (a signed-in seeker's
 * profile), so the guide can fill them in. Optional: without an implementation the guide starts empty.
 */
public interface GuideDefaults {

    /** The known answers for the current request's visitor, if any. */
    Optional<Answers> forCurrentVisitor();

    /** Any answer may be null or empty. */
    record Answers(String career, EducationLevel education, Set<License> licenses, Integer years, String zip) {

        public Answers {
            licenses = licenses == null ? Set.of() : Set.copyOf(licenses);
        }
    }
}
