package org.healthcareershub.careers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class CareerContentFilesTests {

    static final String FLAGSHIP = "care-coordination-and-care-management";
    static List<CareerContent> files;

    @BeforeAll
    static void readFiles() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        files = new CareerContentLoader(null, validator).readAll();
    }

    @Test
    void shipsTheFlagshipInBothLanguagesAndAtLeastThreeMoreCareers() {
        Map<String, List<String>> localesBySlug = files.stream()
                .collect(Collectors.groupingBy(
                        CareerContent::slug, Collectors.mapping(CareerContent::locale, Collectors.toList())));
        assertThat(localesBySlug.get(FLAGSHIP)).containsExactlyInAnyOrder("en", "es");
        assertThat(localesBySlug)
                .containsKeys("direct-support-professional", "community-health-worker", "registered-nurse");
        assertThat(localesBySlug.values())
                .allSatisfy(locales -> assertThat(locales).contains("en"));
    }

    @Test
    void flagshipCoversEveryBlockOfTheContentBrief() {
        CareerContent flagship = find(FLAGSHIP, "en");
        assertThat(flagship.definitions())
                .extracting(CareerContent.Definition::term)
                .containsExactly("Care coordination", "Care management");
        assertThat(flagship.jobTitles())
                .extracting(CareerContent.JobTitle::title)
                .containsExactly(
                        "Care Coordinator",
                        "Community Care Coordinator",
                        "Patient Care Coordinator",
                        "Clinical Care Coordinator",
                        "Care Manager",
                        "Nurse Care Manager",
                        "Complex Care Manager",
                        "Health Home Care Manager",
                        "Case Manager",
                        "RN Case Manager");
        assertThat(flagship.socCodes()).containsExactly("29-2099.08", "21-1094", "29-1141", "21-1022", "21-1093");
        assertThat(flagship.keyDifferences()).isNotNull();
        assertThat(flagship.functions()).hasSize(12);
        assertThat(flagship.settings()).hasSize(11);
        assertThat(flagship.quickFacts())
                .hasSize(2)
                .allSatisfy(fact -> assertThat(fact.pay()).isNotNull());
        assertThat(flagship.requirements().items()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(flagship.certifications())
                .extracting(CareerContent.Certification::name)
                .anySatisfy(name -> assertThat(name).contains("CCM"));
        assertThat(flagship.pathways()).hasSize(2);
        assertThat(flagship.resources()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(flagship.sources()).isNotEmpty();
    }

    @Test
    void spanishFlagshipHasTheSameStructureAsEnglish() {
        CareerContent en = find(FLAGSHIP, "en");
        CareerContent es = find(FLAGSHIP, "es");
        List<Function<CareerContent, Object>> shape = List.of(
                c -> c.jobTitles().size(),
                c -> c.socCodes(),
                c -> c.functions().size(),
                c -> c.settings().stream().map(CareerContent.Setting::code).toList(),
                c -> c.quickFacts().stream()
                        .map(f -> List.of(f.pay().min(), f.pay().max(), f.pay().unit()))
                        .toList(),
                c -> c.requirements().items().size(),
                c -> c.pathways().size(),
                c -> c.resources().stream().map(CareerContent.Resource::url).toList(),
                c -> c.sources().stream().map(CareerContent.Source::url).toList(),
                CareerContent::lastReviewed);
        for (Function<CareerContent, Object> part : shape) {
            assertThat(part.apply(es)).isEqualTo(part.apply(en));
        }
        assertThat(es.title()).isNotEqualTo(en.title());
    }

    @Test
    void settingCodesComeFromTheSharedList() {
        List<String> known = List.of(
                "hospital",
                "health-home",
                "primary-care",
                "health-plan",
                "behavioral-health",
                "opwdd-cco",
                "long-term-care",
                "community-based",
                "local-government",
                "aco-network",
                "early-intervention",
                "school",
                "residential");
        assertThat(files)
                .flatExtracting(CareerContent::settings)
                .extracting(CareerContent.Setting::code)
                .allSatisfy(code -> assertThat(known).contains(code));
    }

    @Test
    void rejectsAFileThatMissesRequiredBlocks() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        CareerContentLoader loader = new CareerContentLoader(null, validator);
        var broken =
                new ByteArrayResource(
                        "slug: broken\nlocale: en\nposition: 9\ntitle: Broken\nsummary: x\nlastReviewed: 2026-01-01\n"
                                .getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return "broken.en.yml";
                    }
                };
        assertThatThrownBy(() -> loader.read(broken))
                .hasMessageContaining("broken.en.yml")
                .hasMessageContaining("definitions");
    }

    @Test
    void rejectsAnUnknownKeySoTyposAreCaught() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        CareerContentLoader loader = new CareerContentLoader(null, validator);
        var typo = new ByteArrayResource("slug: typo\ntitel: Typo\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "typo.en.yml";
            }
        };
        assertThatThrownBy(() -> loader.read(typo)).hasMessageContaining("titel");
    }

    static CareerContent find(String slug, String locale) {
        return files.stream()
                .filter(c -> c.slug().equals(slug) && c.locale().equals(locale))
                .findFirst()
                .orElseThrow();
    }
}
