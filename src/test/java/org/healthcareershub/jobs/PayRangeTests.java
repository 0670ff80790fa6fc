package org.healthcareershub.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PayRangeTests {

    @Test
    void putsHourlyPayOnTheYearlyScaleAt2080Hours() {
        PayRange hourly = new PayRange(new BigDecimal("25.00"), new BigDecimal("30.50"), PayUnit.HOUR);
        assertThat(hourly.yearlyMin()).isEqualByComparingTo("52000");
        assertThat(hourly.yearlyMax()).isEqualByComparingTo("63440");
    }

    @Test
    void keepsYearlyPayAsItIs() {
        PayRange yearly = new PayRange(new BigDecimal("52000"), new BigDecimal("60000"), PayUnit.YEAR);
        assertThat(yearly.yearlyMin()).isEqualByComparingTo("52000");
        assertThat(yearly.yearlyMax()).isEqualByComparingTo("60000");
    }

    @Test
    void comparesHourlyAndYearlyRangesOnOneScale() {
        PayRange hourly = new PayRange(new BigDecimal("25"), new BigDecimal("28"), PayUnit.HOUR);
        PayRange yearly = new PayRange(new BigDecimal("50000"), new BigDecimal("70000"), PayUnit.YEAR);
        assertThat(hourly.startsAtLeast(new BigDecimal("51000"))).isTrue();
        assertThat(yearly.startsAtLeast(new BigDecimal("51000"))).isFalse();
        assertThat(hourly.startsAtLeast(new BigDecimal("52000"))).isTrue();
        assertThat(hourly.startsAtLeast(new BigDecimal("52001"))).isFalse();
    }

    @Test
    void refusesARangeThatRunsBackwardsOrStartsAtZero() {
        assertThatThrownBy(() -> new PayRange(BigDecimal.TEN, BigDecimal.ONE, PayUnit.HOUR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayRange(BigDecimal.ZERO, BigDecimal.ONE, PayUnit.HOUR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
