package org.healthcareershub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypoToleranceTests {

    @Test
    void allowsOneEditInShortWordsAndTwoInLongerOnes() {
        assertThat(TypoTolerance.maxEdits("rn")).isEqualTo(1);
        assertThat(TypoTolerance.maxEdits("nurse")).isEqualTo(1);
        assertThat(TypoTolerance.maxEdits("health")).isEqualTo(2);
        assertThat(TypoTolerance.maxEdits("cordination")).isEqualTo(2);
    }
}
