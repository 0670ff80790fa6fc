package org.healthcareershub.trainings;

import java.util.List;

/** A program the guide suggests, with the reasons (message keys and their arguments) it fits. */
public record GuideRecommendation(TrainingHit training, int score, List<Reason> reasons) {

    public record Reason(String messageKey, List<Object> args) {

        public static Reason of(String key, Object... args) {
            return new Reason(key, List.of(args));
        }
    }
}
