package org.healthcareershub.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostTests {

    @Test
    void readsFreeUnknownAndAmounts() {
        assertThat(Cost.parse("free")).isEqualTo(Cost.FREE);
        assertThat(Cost.parse(" Unknown ")).isEqualTo(Cost.UNKNOWN);
        assertThat(Cost.parse("")).isEqualTo(Cost.UNKNOWN);
        assertThat(Cost.parse("$1,250").amount()).isEqualByComparingTo("1250");
        assertThat(Cost.parse("0")).isEqualTo(Cost.FREE);
    }

    @Test
    void amountsCompareWhateverTheirScale() {
        assertThat(Cost.parse("1250")).isEqualTo(Cost.of(new BigDecimal("1250.00")));
    }

    @Test
    void unknownCostHasNothingToCompare() {
        assertThat(Cost.UNKNOWN.comparable()).isNull();
        assertThat(Cost.FREE.comparable()).isZero();
        assertThat(Cost.parse("99.5").comparable()).isEqualTo(99.5);
    }

    @Test
    void rejectsNegativeAndGarbage() {
        assertThatThrownBy(() -> Cost.parse("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cost.parse("cheap")).isInstanceOf(NumberFormatException.class);
    }
}
