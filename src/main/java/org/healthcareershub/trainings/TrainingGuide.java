package org.healthcareershub.trainings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.healthcareershub.careers.EligibilityRule;
import org.healthcareershub.careers.EligibilityRules;
import org.healthcareershub.trainings.GuideRecommendation.Reason;
import org.springframework.stereotype.Service;

/**
 * The training guide: ranks programs for a person's goal, schedule, budget and place, explains each
 * suggestion, and runs the eligibility check. Hard limits (budget, distance, online or in person) filter
 * in the search; the rest ranks.
 */
@Service
public class TrainingGuide {

    static final int CANDIDATES = 100;
    static final int SUGGESTIONS = 10;

    private final TrainingCatalog catalog;
    private final EligibilityRules eligibility;

    TrainingGuide(TrainingCatalog catalog, EligibilityRules eligibility) {
        this.catalog = catalog;
        this.eligibility = eligibility;
    }

    public record Advice(List<GuideRecommendation> suggestions, boolean relaxed, List<EligibilityRule.Check> checks) {}

    public Advice advise(GuideAnswers answers) {
        List<EligibilityRule.Check> checks = answers.qualifications() == null
                ? List.of()
                : eligibility.check(answers.qualifications(), answers.career());
        List<String> titlesToReach = checks.stream()
                .filter(c -> !c.eligible() && c.rule().kind() == EligibilityRule.Kind.JOB_TITLE)
                .map(c -> c.rule().title())
                .toList();
        List<TrainingHit> candidates = catalog.search(search(answers, true)).hits();
        boolean relaxed = false;
        if (candidates.isEmpty()) {
            candidates = catalog.search(search(answers, false)).hits();
            relaxed = true;
        }
        List<GuideRecommendation> ranked = new ArrayList<>();
        for (TrainingHit hit : candidates) {
            ranked.add(recommend(hit, answers, titlesToReach));
        }
        ranked.sort(Comparator.comparingInt(GuideRecommendation::score)
                .reversed()
                .thenComparing(r -> r.training().distanceMiles() == null
                        ? Double.MAX_VALUE
                        : r.training().distanceMiles())
                .thenComparing(r -> r.training().title()));
        return new Advice(ranked.stream().limit(SUGGESTIONS).toList(), relaxed, checks);
    }

    private static TrainingSearch search(GuideAnswers a, boolean strict) {
        Set<DeliveryMode> modes = switch (a.mode()) {
            case EITHER -> Set.of();
            case ONLINE -> EnumSet.of(DeliveryMode.ONLINE, DeliveryMode.HYBRID);
            case IN_PERSON -> EnumSet.of(DeliveryMode.IN_PERSON, DeliveryMode.HYBRID);
        };
        return new TrainingSearch(
                null,
                null,
                modes,
                null,
                strict ? a.budget() : null,
                a.career(),
                a.place() == null ? null : a.place().point(),
                strict ? a.maxMiles() : 250,
                a.mode() != GuideAnswers.ModePreference.IN_PERSON,
                a.place() == null ? TrainingSort.RELEVANCE : TrainingSort.DISTANCE,
                1,
                CANDIDATES);
    }

    static GuideRecommendation recommend(TrainingHit hit, GuideAnswers a, List<String> titlesToReach) {
        int score = 0;
        List<Reason> reasons = new ArrayList<>();
        for (Schedule schedule : a.schedules()) {
            if (hit.schedules().contains(schedule)) {
                score += 3;
                reasons.add(Reason.of("guide.reason.schedule." + schedule));
            }
        }
        if (hit.cost().isFree()) {
            score += 3;
            reasons.add(Reason.of("guide.reason.free"));
        } else if (a.budget() != null
                && hit.cost().isKnown()
                && hit.cost().amount().compareTo(a.budget()) <= 0) {
            score += 2;
            reasons.add(Reason.of("guide.reason.withinBudget"));
        } else if (!hit.cost().isKnown()) {
            reasons.add(Reason.of("guide.reason.costUnknown"));
        }
        if (hit.distanceMiles() != null) {
            score += hit.distanceMiles() <= 10 ? 3 : hit.distanceMiles() <= 25 ? 2 : 1;
            reasons.add(Reason.of("guide.reason.distance", Math.round(hit.distanceMiles()), hit.city()));
        } else if (hit.deliveryMode() == DeliveryMode.ONLINE) {
            score += a.mode() == GuideAnswers.ModePreference.ONLINE ? 3 : 1;
            reasons.add(Reason.of("guide.reason.online"));
        }
        String reachable = hit.jobTitles().stream()
                .filter(titlesToReach::contains)
                .findFirst()
                .orElse(hit.jobTitles().isEmpty() ? null : hit.jobTitles().get(0));
        if (reachable != null) {
            score += titlesToReach.contains(reachable) ? 3 : 1;
            reasons.add(Reason.of("guide.reason.leadsTo", reachable));
        }
        if (hit.featured()) {
            score += 1;
        }
        return new GuideRecommendation(hit, score, reasons);
    }
}
