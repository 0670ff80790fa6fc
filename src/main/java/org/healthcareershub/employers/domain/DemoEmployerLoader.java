package org.healthcareershub.employers.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo directory (invented organizations, labelled as sample data) on the first start when
 * {@code hub.demo-data} is on; sites are located through the geocoder. Later starts load nothing.
 */
@Component
@Order(20)
class DemoEmployerLoader implements ApplicationRunner {

    static final String EMPLOYERS = "content/employers/demo-employers.csv";
    static final String SITES = "content/employers/demo-sites.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoEmployerLoader.class);

    private final Employers employers;
    private final Geography geography;
    private final boolean enabled;

    DemoEmployerLoader(Employers employers, Geography geography, @Value("${hub.demo-data:true}") boolean enabled) {
        this.employers = employers;
        this.geography = geography;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || employers.count() > 0 || !new ClassPathResource(EMPLOYERS).exists()) {
            return;
        }
        Map<String, Employer> bySlug = new LinkedHashMap<>();
        for (CSVRecord row : read(EMPLOYERS)) {
            Employer employer = new Employer(
                    row.get("slug"),
                    row.get("name"),
                    row.get("description"),
                    codes(row.get("settings")),
                    codes(row.get("careers")),
                    row.get("website"),
                    row.get("contact_email"),
                    row.get("contact_phone"),
                    VerificationState.valueOf(row.get("verification").strip().toUpperCase(Locale.ROOT)),
                    true);
            employer.describe(
                    row.get("description"),
                    row.get("website"),
                    codes(row.get("settings")),
                    codes(row.get("careers")),
                    codes(row.get("languages")));
            bySlug.put(row.get("slug"), employer);
        }
        int sites = 0;
        for (CSVRecord row : read(SITES)) {
            Employer employer = bySlug.get(row.get("employer_slug"));
            Place place = geography.zip(row.get("zip")).orElse(null);
            if (employer == null || place == null) {
                log.warn("Demo site line {} skipped: unknown employer or ZIP", row.getRecordNumber() + 1);
                continue;
            }
            employer.addSite(new Site(
                    row.get("name"),
                    row.get("street"),
                    row.get("city"),
                    row.get("zip"),
                    place.county(),
                    place.region(),
                    place.point()));
            sites++;
        }
        bySlug.values().stream().filter(e -> !e.sites().isEmpty()).forEach(employers::save);
        log.info("Demo employers: {} with {} sites", bySlug.size(), sites);
    }

    private static Iterable<CSVRecord> read(String resource) {
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(text.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(codes::add);
        return codes;
    }
}
