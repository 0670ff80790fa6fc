package org.healthcareershub.careers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The eligibility check: which New York job titles and certifications a person can apply for now and,
 * for the others, what is missing. The rules are data (content/eligibility/new-york.yml).
 */
@Service
public class EligibilityRules {

    static final String LOCATION = "content/eligibility/new-york.yml";

    private final List<EligibilityRule> rules;
    private final LocalDate lastReviewed;

    public EligibilityRules() {
        this(new ClassPathResource(LOCATION));
    }

    EligibilityRules(ClassPathResource resource) {
        YAMLMapper yaml = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        try (InputStream in = resource.getInputStream()) {
            RuleFile file = yaml.readValue(in, RuleFile.class);
            this.rules = List.copyOf(file.rules());
            this.lastReviewed = file.lastReviewed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (EligibilityRule rule : rules) {
            if (rule.anyOf().isEmpty()) {
                throw new IllegalStateException("Eligibility rule " + rule.id() + " has no path");
            }
        }
    }

    record RuleFile(LocalDate lastReviewed, List<EligibilityRule> rules) {}

    public List<EligibilityRule> rules() {
        return rules;
    }

    public LocalDate lastReviewed() {
        return lastReviewed;
    }

    /** Every rule (of one career, when {@code careerSlug} is set) checked against {@code person}. */
    public List<EligibilityRule.Check> check(Qualifications person, String careerSlug) {
        return rules.stream()
                .filter(r -> careerSlug == null || careerSlug.equals(r.career()))
                .map(r -> r.check(person))
                .toList();
    }
}
