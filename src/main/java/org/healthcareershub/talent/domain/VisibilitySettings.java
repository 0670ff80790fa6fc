package org.healthcareershub.talent.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.healthcareershub.identity.AccountDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A seeker's own changes to their visibility; each takes effect with its commit. */
@Service
public class VisibilitySettings {

    private static final Logger log = LoggerFactory.getLogger(VisibilitySettings.class);

    private final Visibilities visibilities;
    private final Clock clock;

    VisibilitySettings(Visibilities visibilities, Clock clock) {
        this.visibilities = visibilities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Visibility> find(long seekerId) {
        return visibilities.findById(seekerId);
    }

    /** Turns visibility on with these terms (new terms replace old ones, and the end date starts again). */
    @Transactional
    public void optIn(long seekerId, VisibilityTerms terms) {
        Visibility visibility =
                visibilities.findById(seekerId).orElseGet(() -> new Visibility(seekerId, clock.instant()));
        visibility.optIn(terms, clock.instant());
        visibilities.save(visibility);
        log.info("Talent visibility on for account {} ({} days)", seekerId, terms.days());
    }

    /** Starts the period again from now, keeping the terms; false when there is nothing to renew. */
    @Transactional
    public boolean renew(long seekerId, int days) {
        return visibilities
                .findById(seekerId)
                .filter(v -> v.getState() != VisibilityState.WITHDRAWN)
                .map(v -> {
                    v.renew(Duration.ofDays(days), clock.instant());
                    log.info("Talent visibility renewed for account {} ({} days)", seekerId, days);
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public void pause(long seekerId) {
        visibilities.findById(seekerId).ifPresent(v -> v.pause(clock.instant()));
        log.info("Talent visibility paused for account {}", seekerId);
    }

    @Transactional
    public void resume(long seekerId) {
        visibilities.findById(seekerId).ifPresent(v -> v.resume(clock.instant()));
        log.info("Talent visibility resumed for account {}", seekerId);
    }

    @Transactional
    public void withdraw(long seekerId) {
        visibilities.findById(seekerId).ifPresent(v -> v.withdraw(clock.instant()));
        log.info("Talent visibility withdrawn for account {}", seekerId);
    }

    /** A deleted account's visibility goes with it, in the deleting transaction. */
    @EventListener
    @Transactional
    void forget(AccountDeleted deleted) {
        visibilities.deleteById(deleted.accountId());
    }
}
