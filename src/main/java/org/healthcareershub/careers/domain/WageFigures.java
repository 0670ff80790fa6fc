package org.healthcareershub.careers.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.healthcareershub.careers.RegionalWages;

/**
 * One basis (hourly or annual) of an OEWS row: the 10th, 25th, 50th, 75th and 90th percentile wages.
 * {@code topFrom} is the lowest percentile BLS published as "#" (at or above its highest figure); that
 * one and every higher one are null, as are figures it did not publish.
 */
@Embeddable
public record WageFigures(
        BigDecimal pct10, BigDecimal pct25, BigDecimal median, BigDecimal pct75, BigDecimal pct90, Integer topFrom) {

    RegionalWages.Figures toFigures() {
        return new RegionalWages.Figures(pct10, pct25, median, pct75, pct90, topFrom);
    }
}
