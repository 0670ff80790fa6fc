package org.healthcareershub.careers;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * A reference pay range from a career's content, with its unit, where the figures come from (always named)
 * and their year where known.
 */
public record Pay(
        @NotNull @Positive BigDecimal min,
        @NotNull @Positive BigDecimal max,
        @NotNull Unit unit,
        @NotBlank String label,
        @NotBlank String source,
        Integer year) {

    public enum Unit {
        HOUR("PT1H"),
        YEAR("P1Y");

        private final String isoDuration;

        Unit(String isoDuration) {
            this.isoDuration = isoDuration;
        }

        /** The ISO 8601 duration schema.org uses for this unit. */
        public String isoDuration() {
            return isoDuration;
        }
    }

    @AssertTrue(message = "min must not exceed max")
    boolean isOrdered() {
        return min == null || max == null || min.compareTo(max) <= 0;
    }
}
