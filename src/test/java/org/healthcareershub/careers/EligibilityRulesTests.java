package org.healthcareershub.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityRulesTests {

    static final EligibilityRules rules = new EligibilityRules();

    static Stream<Arguments> everyPathOfEveryRule() {
        return rules.rules().stream()
                .flatMap(rule -> rule.anyOf().stream().map(path -> Arguments.of(rule.id(), rule, path)));
    }

    static Qualifications exactly(EligibilityRule.Path path) {
        Set<License> licenses =
                path.licenses().isEmpty() ? Set.of() : Set.of(path.licenses().get(0));
        return new Qualifications(
                path.education() == null ? EducationLevel.NONE : path.education(), licenses, path.years());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("everyPathOfEveryRule")
    void meetingAPathExactlyQualifies(String id, EligibilityRule rule, EligibilityRule.Path path) {
        assertThat(path.gapFor(exactly(path)).isEmpty()).isTrue();
        assertThat(rule.check(exactly(path)).eligible()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("everyPathOfEveryRule")
    void eachMissingPartOfAPathIsReported(String id, EligibilityRule rule, EligibilityRule.Path path) {
        Qualifications full = exactly(path);
        if (path.education() != null && path.education() != EducationLevel.NONE) {
            EducationLevel lower = EducationLevel.values()[path.education().ordinal() - 1];
            var gap = path.gapFor(new Qualifications(lower, full.licenses(), full.yearsOfExperience()));
            assertThat(gap.education()).isEqualTo(path.education());
            assertThat(gap.anyLicense()).isEmpty();
            assertThat(gap.years()).isZero();
        }
        if (!path.licenses().isEmpty()) {
            Set<License> others = EnumSet.allOf(License.class);
            others.removeAll(path.licenses());
            var gap = path.gapFor(new Qualifications(full.education(), others, full.yearsOfExperience()));
            assertThat(gap.anyLicense()).containsExactlyElementsOf(path.licenses());
            assertThat(gap.education()).isNull();
        }
        if (path.years() > 0) {
            var gap = path.gapFor(new Qualifications(full.education(), full.licenses(), path.years() - 0.5));
            assertThat(gap.years()).isEqualTo(0.5);
            assertThat(gap.isEmpty()).isFalse();
        }
    }

    @Test
    void everyLicenseOfAPathIsEnough() {
        for (EligibilityRule rule : rules.rules()) {
            for (EligibilityRule.Path path : rule.anyOf()) {
                for (License license : path.licenses()) {
                    var person = new Qualifications(
                            path.education() == null ? EducationLevel.NONE : path.education(),
                            Set.of(license),
                            path.years());
                    assertThat(path.gapFor(person).isEmpty())
                            .as(rule.id() + " " + license)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void childrensHealthHomeFollowsTheStateRule() {
        EligibilityRule rule = rule("childrens-health-home-care-manager");
        assertThat(rule.check(new Qualifications(EducationLevel.BACHELOR, Set.of(), 2))
                        .eligible())
                .isTrue();
        assertThat(rule.check(new Qualifications(EducationLevel.ASSOCIATE, Set.of(License.RN), 2))
                        .eligible())
                .isTrue();
        assertThat(rule.check(new Qualifications(EducationLevel.MASTER, Set.of(), 1))
                        .eligible())
                .isTrue();

        var bachelorOneYear = rule.check(new Qualifications(EducationLevel.BACHELOR, Set.of(), 1));
        assertThat(bachelorOneYear.eligible()).isFalse();
        assertThat(bachelorOneYear.gap().years()).isEqualTo(1.0);
        assertThat(bachelorOneYear.gap().education()).isNull();

        var highSchool = rule.check(new Qualifications(EducationLevel.HIGH_SCHOOL, Set.of(), 5));
        assertThat(highSchool.eligible()).isFalse();
        assertThat(highSchool.gap().education()).isEqualTo(EducationLevel.BACHELOR);
        assertThat(rule.notes()).contains("CANS_NY");
        assertThat(rule.sourceUrl()).startsWith("https://www.health.ny.gov/");
    }

    @Test
    void anLpnIsNotAnRn() {
        assertThat(rule("rn-case-manager")
                        .check(new Qualifications(EducationLevel.ASSOCIATE, Set.of(License.LPN), 10))
                        .eligible())
                .isFalse();
        assertThat(rule("care-manager-clinical")
                        .check(new Qualifications(EducationLevel.ASSOCIATE, Set.of(License.LPN), 0))
                        .eligible())
                .isTrue();
    }

    @Test
    void checksOneCareerOrAll() {
        var person = new Qualifications(EducationLevel.HIGH_SCHOOL, Set.of(), 0);
        List<EligibilityRule.Check> checks = rules.check(person, "care-coordination-and-care-management");
        assertThat(checks).hasSize(rules.rules().size());
        assertThat(checks)
                .filteredOn(EligibilityRule.Check::eligible)
                .extracting(c -> c.rule().title())
                .containsExactlyInAnyOrder(
                        "Care Coordinator", "Community Care Coordinator", "Patient Care Coordinator");
        assertThat(rules.check(person, "registered-nurse")).isEmpty();
    }

    @Test
    void everyRuleHasASourceAndAPath() {
        assertThat(rules.rules()).allSatisfy(rule -> {
            assertThat(rule.anyOf()).isNotEmpty();
            assertThat(rule.sourceUrl()).isNotBlank();
            assertThat(rule.sourceTitle()).isNotBlank();
        });
    }

    static EligibilityRule rule(String id) {
        return rules.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
