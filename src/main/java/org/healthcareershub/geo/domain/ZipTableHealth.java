package org.healthcareershub.geo.domain;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * DOWN once the ZIP table has failed to be read: the table is read after the start (see
 * {@link ZipTableGeocoder}), so a broken table no longer stops the start, and every distance search would fail.
 */
@Component
class ZipTableHealth extends AbstractHealthIndicator {

    private final ZipTableGeocoder geocoder;

    ZipTableHealth(ZipTableGeocoder geocoder) {
        this.geocoder = geocoder;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (geocoder.failure() != null) {
            health.down().withDetail("table", ZipTableGeocoder.LOCATION);
        } else {
            health.up().withDetail("loaded", geocoder.loaded());
        }
    }
}
