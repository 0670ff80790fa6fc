package org.healthcareershub.trainings;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.trainings.domain.Training;
import org.healthcareershub.trainings.domain.TrainingDetails;
import org.healthcareershub.trainings.domain.TrainingSearcher;
import org.healthcareershub.trainings.domain.Trainings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The training catalog: search, program pages, featured and similar programs, and exports. */
@Service
@Transactional(readOnly = true)
public class TrainingCatalog {

    private final Trainings trainings;
    private final TrainingSearcher searcher;

    TrainingCatalog(Trainings trainings, TrainingSearcher searcher) {
        this.trainings = trainings;
        this.searcher = searcher;
    }

    public TrainingResults search(TrainingSearch search) {
        return searcher.search(search);
    }

    /** A published program's page. */
    public TrainingView view(long id) {
        Training training = trainings
                .findById(id)
                .filter(Training::isPublished)
                .orElseThrow(() -> new TrainingNotFoundException(id));
        return view(training);
    }

    /** Any program, whatever its status (staff screens). */
    public TrainingView viewAny(long id) {
        return trainings.findById(id).map(TrainingCatalog::view).orElseThrow(() -> new TrainingNotFoundException(id));
    }

    /** Featured programs, for one career or (career null) all, in title order. */
    public List<TrainingHit> featured(String careerSlug, int limit) {
        return featured(careerSlug, limit, Locale.ENGLISH);
    }

    /** Featured programs with their titles and providers in {@code locale}'s language where known. */
    public List<TrainingHit> featured(String careerSlug, int limit, Locale locale) {
        return trainings.findByStatusAndFeaturedTrueOrderByTitleAsc(TrainingStatus.PUBLISHED).stream()
                .filter(t -> careerSlug == null || t.details().careers().contains(careerSlug))
                .limit(limit)
                .map(t -> TrainingSearcher.hit(t, null, locale))
                .toList();
    }

    public List<TrainingHit> similar(long id, int limit) {
        Training training = trainings.findById(id).orElseThrow(() -> new TrainingNotFoundException(id));
        List<Long> ids = searcher.similar(training, limit);
        // findAllById answers in no particular order: keep the searcher's, nearest first.
        return trainings.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparingInt(t -> ids.indexOf(t.id())))
                .map(t -> TrainingSearcher.hit(t, null))
                .toList();
    }

    /** Every published program, for exports. */
    public List<TrainingView> published() {
        return trainings.findByStatusOrderByTitleAsc(TrainingStatus.PUBLISHED).stream()
                .map(TrainingCatalog::view)
                .toList();
    }

    static TrainingView view(Training t) {
        TrainingDetails d = t.details();
        return new TrainingView(
                t.id(),
                d.title(),
                t.provider().name(),
                t.provider().url(),
                d.description(),
                d.credentialType(),
                d.deliveryMode(),
                d.location(),
                d.lengthHours(),
                d.lengthWeeks(),
                d.cost(),
                d.schedules(),
                d.startDates(),
                d.prerequisites(),
                d.funding(),
                d.careers(),
                d.jobTitles(),
                d.url(),
                d.featured(),
                d.sample(),
                d.status(),
                t.updatedAt() == null
                        ? null
                        : t.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                t.ctid());
    }
}
