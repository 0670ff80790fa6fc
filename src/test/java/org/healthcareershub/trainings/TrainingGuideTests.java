package org.healthcareershub.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingGuideTests {

    static TrainingHit hit(String title, Cost cost, Double miles, Set<Schedule> schedules, List<String> titles) {
        return new TrainingHit(
                1,
                title,
                "P",
                CredentialType.CERTIFICATE,
                miles == null ? DeliveryMode.ONLINE : DeliveryMode.IN_PERSON,
                40,
                null,
                cost,
                miles == null ? null : "Albany",
                "NY",
                miles,
                schedules,
                titles,
                false,
                true);
    }

    static GuideAnswers answers(Set<Schedule> schedules, BigDecimal budget) {
        return new GuideAnswers(null, null, null, 25, budget, schedules, GuideAnswers.ModePreference.EITHER);
    }

    @Test
    void aProgramThatFitsTheScheduleOutranksOneThatDoesNot() {
        var evening = TrainingGuide.recommend(
                hit("Evening", Cost.parse("300"), 12.0, Set.of(Schedule.EVENINGS), List.of()),
                answers(Set.of(Schedule.EVENINGS), null),
                List.of());
        var daytime = TrainingGuide.recommend(
                hit("Day", Cost.parse("300"), 12.0, Set.of(Schedule.DAYTIME), List.of()),
                answers(Set.of(Schedule.EVENINGS), null),
                List.of());
        assertThat(evening.score()).isGreaterThan(daytime.score());
        assertThat(evening.reasons())
                .extracting(GuideRecommendation.Reason::messageKey)
                .contains("guide.reason.schedule.EVENINGS", "guide.reason.distance");
    }

    @Test
    void explainsFreeBudgetDistanceAndTheTitleItLeadsTo() {
        var free = TrainingGuide.recommend(
                hit("Free", Cost.FREE, 4.0, Set.of(), List.of("Care Coordinator", "Health Home Care Manager")),
                answers(Set.of(), new BigDecimal("500")),
                List.of("Health Home Care Manager"));
        assertThat(free.reasons())
                .extracting(GuideRecommendation.Reason::messageKey)
                .containsExactly("guide.reason.free", "guide.reason.distance", "guide.reason.leadsTo");
        assertThat(free.reasons().get(1).args()).containsExactly(4L, "Albany");
        assertThat(free.reasons().get(2).args()).containsExactly("Health Home Care Manager");

        var unknown = TrainingGuide.recommend(
                hit("Unknown", Cost.UNKNOWN, null, Set.of(), List.of()), answers(Set.of(), null), List.of());
        assertThat(unknown.reasons())
                .extracting(GuideRecommendation.Reason::messageKey)
                .containsExactly("guide.reason.costUnknown", "guide.reason.online");
        assertThat(free.score()).isGreaterThan(unknown.score());
    }

    @Test
    void closerIsBetter() {
        var near = TrainingGuide.recommend(
                hit("Near", Cost.UNKNOWN, 5.0, Set.of(), List.of()), answers(Set.of(), null), List.of());
        var far = TrainingGuide.recommend(
                hit("Far", Cost.UNKNOWN, 40.0, Set.of(), List.of()), answers(Set.of(), null), List.of());
        assertThat(near.score()).isGreaterThan(far.score());
    }
}
