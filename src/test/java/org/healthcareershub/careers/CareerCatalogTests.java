package org.healthcareershub.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.healthcareershub.careers.domain.CareerContentLoader;
import org.healthcareershub.careers.domain.Careers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@Tag("db")
class CareerCatalogTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    CareerCatalog catalog;

    @Autowired
    Careers careers;

    @Autowired
    CareerContentLoader loader;

    @Test
    void loadsEveryContentFileOnceAndNotAgainOnTheNextStart() {
        long before = careers.count();
        assertThat(before).isEqualTo(loader.readAll().size());
        loader.run(new DefaultApplicationArguments());
        assertThat(careers.count()).isEqualTo(before);
    }

    @Test
    void namesEveryCareerInListOrderInTheLanguageWhereTranslated() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, SPANISH}) {
            var titles = new java.util.LinkedHashMap<String, String>();
            catalog.list(locale, null).forEach(c -> titles.put(c.slug(), c.title()));
            assertThat(catalog.titles(locale)).containsExactlyEntriesOf(titles);
        }
        assertThat(catalog.titles(SPANISH)).isNotEqualTo(catalog.titles(Locale.ENGLISH));
    }

    @Test
    void aCareerWrittenIsNamedAtOnceAndACareerRemovedIsForgotten() throws Exception {
        CareerContent flagship = loader.readAll().stream()
                .filter(c -> c.slug().equals("care-coordination-and-care-management")
                        && c.locale().equals("en"))
                .findFirst()
                .orElseThrow();
        java.lang.reflect.RecordComponent[] parts = CareerContent.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = parts[i].getName().equals("slug")
                    ? "title-cache-probe"
                    : parts[i].getAccessor().invoke(flagship);
        }
        CareerContent probe = CareerContent.class.getDeclaredConstructor(types).newInstance(values);
        assertThat(catalog.titles(Locale.ENGLISH)).doesNotContainKey("title-cache-probe");

        org.healthcareershub.careers.domain.Career saved =
                careers.save(org.healthcareershub.careers.domain.Career.from(probe));
        try {
            assertThat(catalog.titles(Locale.ENGLISH)).containsEntry("title-cache-probe", flagship.title());
        } finally {
            careers.delete(saved);
        }
        assertThat(catalog.titles(Locale.ENGLISH)).doesNotContainKey("title-cache-probe");
    }

    @Test
    void storesAndReadsBackEveryPartOfTheFlagship() {
        CareerContent fromFile = loader.readAll().stream()
                .filter(c -> c.slug().equals("care-coordination-and-care-management")
                        && c.locale().equals("en"))
                .findFirst()
                .orElseThrow();
        CareerProfile profile = catalog.profile("care-coordination-and-care-management", Locale.ENGLISH);
        assertThat(profile.translated()).isTrue();
        assertThat(profile.content())
                .usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(fromFile);
    }

    @Test
    void answersInSpanishWhereTranslatedAndFallsBackToEnglishWithAFlag() {
        CareerProfile flagship = catalog.profile("care-coordination-and-care-management", SPANISH);
        assertThat(flagship.translated()).isTrue();
        assertThat(flagship.content().locale()).isEqualTo("es");

        CareerProfile nurse = catalog.profile("registered-nurse", SPANISH);
        assertThat(nurse.translated()).isFalse();
        assertThat(nurse.content().locale()).isEqualTo("en");
    }

    @Test
    void listsEachCareerOnceInItsOrderAndFiltersByWords() {
        assertThat(catalog.list(SPANISH, null))
                .extracting(CareerSummary::slug)
                .startsWith("care-coordination-and-care-management")
                .doesNotHaveDuplicates()
                .contains("registered-nurse", "community-health-worker", "direct-support-professional");
        assertThat(catalog.list(Locale.ENGLISH, "rn case MANAGER"))
                .extracting(CareerSummary::slug)
                .contains("care-coordination-and-care-management")
                .doesNotContain("direct-support-professional");
        assertThat(catalog.list(Locale.ENGLISH, "zzzz")).isEmpty();
    }

    @Test
    void unknownSlugIsNotFound() {
        assertThatThrownBy(() -> catalog.profile("no-such-career", Locale.ENGLISH))
                .isInstanceOf(CareerNotFoundException.class);
    }
}
