package org.healthcareershub.careers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The wages the Bureau of Labor Statistics published (OEWS survey) for a career's occupations where the
 * reader is: one entry per OEWS area of the chosen New York region, or the statewide figures when no
 * region was chosen or the region has none.
 *
 * @param region the region asked for, or null for none
 * @param statewide whether the figures are the statewide ones
 */
public record RegionalWages(String region, boolean statewide, List<Area> areas) {

    public RegionalWages {
        areas = List.copyOf(areas);
    }

    /** Whether a region was asked for but only statewide figures are known. */
    public boolean fellBack() {
        return region != null && statewide;
    }

    /** One OEWS area (a metropolitan area, or the state) and the survey its figures come from. */
    public record Area(String code, String title, YearMonth survey, List<Occupation> occupations) {

        public Area {
            occupations = List.copyOf(occupations);
        }
    }

    /** One occupation by its 6-digit SOC code and title as BLS publishes them; a basis may be null. */
    public record Occupation(String socCode, String title, Figures annual, Figures hourly) {}

    /**
     * Percentile wages; a null figure was not published. {@code topFrom} is the lowest percentile BLS
     * gave only as "at or above its highest figure" ("#"), if any.
     */
    public record Figures(
            BigDecimal pct10,
            BigDecimal pct25,
            BigDecimal median,
            BigDecimal pct75,
            BigDecimal pct90,
            Integer topFrom) {

        /** Whether the figure at {@code percentile} is at or above the highest wage BLS publishes. */
        public boolean aboveTop(int percentile) {
            return topFrom != null && percentile >= topFrom;
        }

        /** Whether a median is known, as a figure or as "at or above the top". */
        public boolean hasMedian() {
            return median != null || aboveTop(50);
        }

        /** Whether both ends of the 10th to 90th percentile range are known. */
        public boolean hasRange() {
            return (pct10 != null || aboveTop(10)) && (pct90 != null || aboveTop(90));
        }
    }
}
