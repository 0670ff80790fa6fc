package org.healthcareershub.jobs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.CareerNotFoundException;
import org.healthcareershub.employers.HiringOrganization;

/**
 * Invented openings, for the demo board ({@link DemoJobLoader}) and the benchmark's large board
 * ({@link GeneratedJobBoard}): titles of the career's own job titles, pay a good-faith range near what BLS
 * OEWS reports for the occupation in New York (a little higher downstate), and the employment types,
 * schedules, languages and benefits that such openings offer. What comes out is typed input, for
 * {@link JobPostingRules} to check like an employer's form.
 */
final class SampleOpenings {

    /** A good-faith range per SOC occupation: hourly p25–p75 in New York State (OEWS, rounded). */
    private record PayBand(double low, double high, boolean yearly) {}

    private static final Map<String, PayBand> PAY = Map.of(
            "29-1141", new PayBand(42, 58, true),
            "29-2099", new PayBand(22, 32, false),
            "21-1094", new PayBand(20, 27, false),
            "21-1022", new PayBand(30, 42, true),
            "21-1093", new PayBand(19, 25, false),
            "31-1122", new PayBand(18.55, 22, false),
            "11-9151", new PayBand(36, 53, true),
            "11-9111", new PayBand(53, 79, true));

    private static final PayBand FALLBACK = new PayBand(21, 30, false);

    private static final Map<String, Double> REGION_FACTOR = Map.of(
            "New York City", 1.12,
            "Long Island", 1.10,
            "Mid-Hudson", 1.05);

    private static final List<String> BENEFITS = List.of(
            "Medical, dental and vision insurance",
            "Paid time off and paid holidays",
            "403(b) retirement plan with employer match",
            "Tuition assistance and paid training",
            "Mileage reimbursement for field visits",
            "Public Service Loan Forgiveness-eligible employer",
            "Employee assistance program",
            "Paid certification fees");

    private static final List<String> LICENSES = List.of(
            "",
            "",
            "Valid New York State driver's license",
            "Community Health Worker certificate (or willingness to earn it within a year)",
            "CCM certification preferred");

    private SampleOpenings() {}

    /** The job titles of the career {@code slug} (English), or empty for an unknown career. */
    static Optional<List<CareerContent.JobTitle>> titlesOf(CareerCatalog careers, String slug) {
        try {
            return Optional.of(careers.profile(slug, Locale.ENGLISH).content().jobTitles());
        } catch (CareerNotFoundException unknown) {
            return Optional.empty();
        }
    }

    /**
     * An invented opening for {@code title} of {@code career} at {@code site}; {@code seniority} goes before
     * the job title ("" for none), and {@code applyUrl} null is the organization's careers page.
     */
    static JobPostingInput input(
            HiringOrganization organization,
            HiringOrganization.Site site,
            String career,
            CareerContent.JobTitle title,
            String seniority,
            String applyUrl,
            LocalDate today,
            Random random) {
        PayBand band = PAY.getOrDefault(socHead(title.socCode()), FALLBACK);
        double factor = REGION_FACTOR.getOrDefault(site.region(), 0.95) * (0.95 + random.nextDouble() * 0.1);
        BigDecimal low = BigDecimal.valueOf(band.low() * factor);
        BigDecimal high = BigDecimal.valueOf(band.high() * factor);
        String unit = band.yearly() ? "YEAR" : "HOUR";
        if (band.yearly()) {
            low = low.multiply(BigDecimal.valueOf(2080)).setScale(-3, RoundingMode.HALF_UP);
            high = high.multiply(BigDecimal.valueOf(2080)).setScale(-3, RoundingMode.HALF_UP);
        } else {
            low = low.setScale(2, RoundingMode.HALF_UP);
            high = high.setScale(2, RoundingMode.HALF_UP);
        }
        String type =
                pick(random, "FULL_TIME", "FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "PER_DIEM", "TEMPORARY");
        List<String> schedules = new ArrayList<>();
        schedules.add(pick(random, "DAYS", "DAYS", "DAYS", "EVENINGS", "NIGHTS", "ROTATING"));
        if (random.nextInt(4) == 0) {
            schedules.add("WEEKENDS");
        }
        List<String> languages = new ArrayList<>();
        int l = random.nextInt(10);
        if (l < 4) {
            languages.add("SPANISH");
        }
        if (l == 4 || l == 5) {
            languages.add(
                    pick(random, "CHINESE", "RUSSIAN", "HAITIAN_CREOLE", "BENGALI", "KOREAN", "ARABIC", "FRENCH"));
        }
        boolean coordinates =
                career.equals("care-coordination-and-care-management") || career.equals("community-health-worker");
        String workplace = coordinates ? pick(random, "ON_SITE", "HYBRID", "HYBRID", "REMOTE") : "ON_SITE";
        String education = switch (socHead(title.socCode())) {
            case "29-1141", "11-9111" -> "ASSOCIATE";
            case "21-1022", "11-9151" -> "BACHELOR";
            default -> pick(random, "HIGH_SCHOOL", "HIGH_SCHOOL", "SOME_COLLEGE", "ASSOCIATE");
        };
        String licenses = socHead(title.socCode()).equals("29-1141")
                ? "Current New York State Registered Professional Nurse license"
                : LICENSES.get(random.nextInt(LICENSES.size()));
        List<String> benefits = new ArrayList<>(BENEFITS);
        Collections.shuffle(benefits, random);
        String website = organization.website() == null ? "https://example.org" : organization.website();
        return new JobPostingInput(
                (languages.isEmpty() ? "" : "Bilingual ") + seniority + title.title(),
                career,
                title.title(),
                workplace,
                String.valueOf(site.id()),
                description(organization, site, title.title(), languages, random),
                type,
                schedules,
                low.toPlainString(),
                high.toPlainString(),
                unit,
                education,
                licenses,
                String.valueOf(random.nextInt(4)),
                String.join("\n", benefits.subList(0, 3 + random.nextInt(3))),
                languages,
                languages.isEmpty() ? null : band.yearly() ? "2000" : "1.50",
                coordinates && random.nextBoolean() ? String.valueOf(20 + random.nextInt(30)) : null,
                coordinates ? String.valueOf(10 * random.nextInt(8)) : null,
                random.nextInt(3) == 0,
                applyUrl == null ? website + "/careers/openings" : applyUrl,
                today.plusDays(14 + random.nextInt(JobPostingRules.MAX_DAYS_OPEN - 14))
                        .toString());
    }

    private static String description(
            HiringOrganization organization,
            HiringOrganization.Site site,
            String title,
            List<String> languages,
            Random random) {
        return """
                **Sample opening for the demo: this is not a real job.**

                %s is looking for a %s to join the team at its %s site in %s. You will work with people \
                and families in the community, alongside nurses, social workers and peer staff.

                ## What you will do

                - %s
                - Keep clear, timely notes in the electronic record
                - Work with the wider care team to remove barriers to care
                %s
                ## What we offer

                Paid training in your first weeks, supervision from an experienced lead, and a team that \
                values people who reflect the communities it serves.
                """.formatted(
                        organization.name(),
                        title,
                        site.name(),
                        site.city(),
                        pick(
                                random,
                                "Meet the people you support, at home, in clinics and by phone",
                                "Help members set goals and follow a shared plan of care",
                                "Connect people with housing, food, benefits and health services",
                                "Follow up after hospital stays and emergency visits"),
                        languages.isEmpty() ? "" : "- Speak with members in their own language\n");
    }

    static String socHead(String socCode) {
        return socCode == null || socCode.length() < 7 ? "" : socCode.substring(0, 7);
    }

    static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
