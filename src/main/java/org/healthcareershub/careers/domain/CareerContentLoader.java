package org.healthcareershub.careers.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the career content files into the database on start. A career already stored is left alone
 * unless its file has a newer review date, so a restart loads nothing twice.
 */
@Component
@Order(10)
public class CareerContentLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:content/careers/*.yml";
    private static final Logger log = LoggerFactory.getLogger(CareerContentLoader.class);

    private final Careers careers;
    private final Validator validator;
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    CareerContentLoader(Careers careers, Validator validator) {
        this.careers = careers;
        this.validator = validator;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        int updated = 0;
        for (CareerContent content : readAll()) {
            var stored = careers.findBySlugAndLocale(content.slug(), content.locale());
            if (stored.isEmpty()) {
                careers.save(Career.from(content));
                created++;
            } else if (stored.get().isOlderThan(content.lastReviewed())) {
                stored.get().replaceWith(content);
                updated++;
            }
        }
        log.info("Career content: {} created, {} updated", created, updated);
    }

    /** Reads and validates every content file; a broken file stops the start with its name and problems. */
    public List<CareerContent> readAll() {
        List<CareerContent> all = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                all.add(read(resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    CareerContent read(Resource resource) throws IOException {
        CareerContent content;
        try (InputStream in = resource.getInputStream()) {
            content = yaml.readValue(in, CareerContent.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Career content file " + resource.getFilename() + ": " + e.getMessage(), e);
        }
        Set<ConstraintViolation<CareerContent>> problems = validator.validate(content);
        String expectedName = content.slug() + "." + content.locale() + ".yml";
        if (!problems.isEmpty() || !expectedName.equals(resource.getFilename())) {
            String detail = problems.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw new IllegalStateException("Career content file " + resource.getFilename()
                    + " is invalid (expected name " + expectedName + "): " + detail);
        }
        return content;
    }
}
