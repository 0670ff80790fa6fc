package org.healthcareershub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The search setup started alone. With no module's entities there is no index (Hibernate Search starts no
 * backend and the index check finds nothing to rebuild), so the analyzers themselves are exercised by the
 * trainings and employers search tests; here: Hibernate Search is told to use this module's analyzers.
 */
@ApplicationModuleTest
class SearchModuleTests {

    @Autowired
    Environment environment;

    @Test
    void hibernateSearchIsConfiguredWithThisModulesAnalyzers() {
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.search.backend.analysis.configurer"))
                .isEqualTo("class:" + SearchAnalysis.class.getName());
    }
}
