package org.healthcareershub.trainings;

import java.math.BigDecimal;
import java.util.Set;
import org.healthcareershub.careers.Qualifications;
import org.healthcareershub.geo.Place;

/** What a person told the training guide. Any answer may be missing. */
public record GuideAnswers(
        String career,
        Qualifications qualifications,
        Place place,
        int maxMiles,
        BigDecimal budget,
        Set<Schedule> schedules,
        ModePreference mode) {

    public enum ModePreference {
        EITHER,
        ONLINE,
        IN_PERSON
    }

    public GuideAnswers {
        schedules = schedules == null ? Set.of() : Set.copyOf(schedules);
        mode = mode == null ? ModePreference.EITHER : mode;
    }
}
