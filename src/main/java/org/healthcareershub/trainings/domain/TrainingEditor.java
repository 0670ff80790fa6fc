package org.healthcareershub.trainings.domain;

import java.time.Clock;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.trainings.TrainingNotFoundException;
import org.healthcareershub.trainings.TrainingStatus;
import org.healthcareershub.web.FieldErrors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff changes to one program: create, edit, feature, archive. The index follows each change. */
@Component
@Transactional
public class TrainingEditor {

    static final String EXTERNAL_ID_TAKEN = "admin.error.externalIdTaken";

    private final Trainings trainings;
    private final Providers providers;
    private final Geography geography;
    private final CareerCatalog careers;
    private final Clock clock;

    TrainingEditor(Trainings trainings, Providers providers, Geography geography, CareerCatalog careers, Clock clock) {
        this.clock = clock;
        this.trainings = trainings;
        this.providers = providers;
        this.geography = geography;
        this.careers = careers;
    }

    /**
     * Checks a program staff wrote with {@link TrainingRules}; its import key, when given, must also be
     * free: another program's key would make the next import overwrite that program.
     *
     * @param id the program being edited, null for a new one
     */
    @Transactional(readOnly = true)
    public TrainingRules.Result check(TrainingInput input, Long id) {
        TrainingRules.Result checked = TrainingRules.of(geography, careers).check(input);
        String externalId = input.externalId() == null ? "" : input.externalId().strip();
        if (!externalId.isEmpty() && !checked.errors().has("externalId") && externalIdTaken(externalId, id)) {
            return new TrainingRules.Result(
                    null, new FieldErrors().addAll(checked.errors()).add("externalId", EXTERNAL_ID_TAKEN));
        }
        return checked;
    }

    private boolean externalIdTaken(String externalId, Long exceptId) {
        return trainings
                .findByExternalId(externalId)
                .filter(t -> exceptId == null || !t.id().equals(exceptId))
                .isPresent();
    }

    public long create(String externalId, String providerName, String providerUrl, TrainingDetails details) {
        Provider provider = provider(providerName, providerUrl);
        Training training = new Training(externalId, provider);
        training.describe(details, provider);
        training.notePublished(clock.instant());
        return trainings.save(training).id();
    }

    public void update(long id, String externalId, String providerName, String providerUrl, TrainingDetails details) {
        Training training = find(id);
        training.identifyAs(externalId);
        Provider provider = provider(providerName, providerUrl);
        training.describe(details, provider);
        training.notePublished(clock.instant());
    }

    public void feature(long id, boolean featured) {
        find(id).feature(featured);
    }

    public void archive(long id) {
        find(id).archive();
    }

    /** A program as stored, for the edit form. */
    public record Stored(long id, String externalId, String provider, String providerUrl, TrainingDetails details) {

        /** This program as the staff form shows it. */
        public TrainingInput input() {
            return TrainingInput.of(externalId, provider, providerUrl, details);
        }
    }

    /** One row of the staff list. */
    public record Row(
            long id, String title, String provider, TrainingStatus status, boolean featured, boolean sample) {}

    @Transactional(readOnly = true)
    public Stored load(long id) {
        Training t = find(id);
        return new Stored(
                t.id(), t.externalId(), t.provider().name(), t.provider().url(), t.details());
    }

    @Transactional(readOnly = true)
    public Page<Row> list(int page, int size) {
        return trainings
                .findAll(PageRequest.of(page, size, Sort.by("title", "id")))
                .map(t -> new Row(
                        t.id(),
                        t.title(),
                        t.provider().name(),
                        t.details().status(),
                        t.details().featured(),
                        t.details().sample()));
    }

    private Training find(long id) {
        return trainings.findById(id).orElseThrow(() -> new TrainingNotFoundException(id));
    }

    private Provider provider(String name, String url) {
        Provider provider = providers
                .findByNameIgnoreCase(name.strip())
                .orElseGet(() -> providers.save(new Provider(name.strip(), url)));
        provider.updateUrl(url);
        return provider;
    }
}
