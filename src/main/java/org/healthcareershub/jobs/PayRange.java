package org.healthcareershub.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A good-faith pay range, as New York Labor Law §194-b asks every posting for work in the state to give:
 * a minimum and a maximum per hour or per year. To compare hourly and yearly ranges, both are put on one
 * yearly scale of {@value #HOURS_PER_YEAR} hours (40 hours a week, 52 weeks).
 */
public record PayRange(BigDecimal min, BigDecimal max, PayUnit unit) {

    public static final int HOURS_PER_YEAR = 2080;

    public PayRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        if (min.signum() <= 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("A pay range runs from a positive minimum up to its maximum");
        }
    }

    /** {@code amount} per {@code unit}, on the yearly scale. */
    public static BigDecimal yearly(BigDecimal amount, PayUnit unit) {
        return unit == PayUnit.HOUR
                ? amount.multiply(BigDecimal.valueOf(HOURS_PER_YEAR)).setScale(0, RoundingMode.HALF_UP)
                : amount.setScale(0, RoundingMode.HALF_UP);
    }

    public BigDecimal yearlyMin() {
        return yearly(min, unit);
    }

    public BigDecimal yearlyMax() {
        return yearly(max, unit);
    }

    /** Whether the range starts at or above {@code yearly} dollars a year (the search's minimum pay). */
    public boolean startsAtLeast(BigDecimal yearly) {
        return yearlyMin().compareTo(yearly) >= 0;
    }
}
