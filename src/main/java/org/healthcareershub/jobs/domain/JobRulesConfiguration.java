package org.healthcareershub.jobs.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The posting rules, reading careers' job titles (in English, where SOC codes are kept) from the catalog. */
@Configuration
class JobRulesConfiguration {

    @Bean
    JobPostingRules jobPostingRules(CareerCatalog careers, Clock clock) {
        return new JobPostingRules(
                slug -> {
                    try {
                        return Optional.of(
                                careers.profile(slug, Locale.ENGLISH).content().jobTitles());
                    } catch (CareerNotFoundException unknown) {
                        return Optional.empty();
                    }
                },
                clock);
    }
}
