package org.healthcareershub.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.PageCache;
import org.healthcareershub.web.Site;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Careers started with geo, the one module whose answers it needs at start (the regions of the OEWS areas),
 * web's page beans mocked: the content files load, and the catalog serves them.
 */
@ApplicationModuleTest(extraIncludes = "geo")
class CareersModuleTests {

    static final String FLAGSHIP = "care-coordination-and-care-management";

    @MockitoBean
    Site site;

    @MockitoBean
    JsonLd jsonLd;

    @MockitoBean
    PageCache pageCache;

    @Autowired
    CareerCatalog catalog;

    @Test
    void servesTheCareersLoadedFromTheContentFiles() {
        assertThat(catalog.slugs()).contains(FLAGSHIP);
        assertThat(catalog.list(Locale.ENGLISH, null))
                .extracting(CareerSummary::slug)
                .contains(FLAGSHIP);
        assertThat(catalog.profile(FLAGSHIP, Locale.forLanguageTag("es")).translated())
                .isTrue();
    }

    @Test
    void anUnknownCareerIsNotFound() {
        assertThatThrownBy(() -> catalog.profile("astronaut", Locale.ENGLISH))
                .isInstanceOf(CareerNotFoundException.class);
    }
}
