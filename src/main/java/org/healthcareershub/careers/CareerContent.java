package org.healthcareershub.careers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One career profile in one language: the shape of a content file (see docs/content-format.md) and of
 * what a career page shows.
 */
public record CareerContent(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @NotBlank @Pattern(regexp = "en|es") String locale,
        @NotNull Integer position,
        @NotBlank String title,
        @NotBlank @Size(max = 200) String summary,
        @NotNull LocalDate lastReviewed,
        @Valid @NotNull Hook hook,
        @Valid @NotEmpty List<Definition> definitions,
        @Valid KeyDifferences keyDifferences,
        @Valid @NotEmpty List<JobTitleGroup> jobTitleGroups,
        String jobTitlesNote,
        @NotEmpty List<@NotBlank String> functions,
        @Valid @NotEmpty List<Setting> settings,
        @Valid @NotEmpty List<QuickFact> quickFacts,
        @Valid Requirements requirements,
        @Valid List<Certification> certifications,
        List<@NotBlank String> funding,
        @Valid List<Pathway> pathways,
        @Valid @NotEmpty List<Resource> resources,
        @Valid @NotEmpty List<Source> sources) {

    public CareerContent {
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        funding = funding == null ? List.of() : List.copyOf(funding);
        pathways = pathways == null ? List.of() : List.copyOf(pathways);
    }

    /** Every job title, in page order. */
    public List<JobTitle> jobTitles() {
        return jobTitleGroups.stream().flatMap(g -> g.titles().stream()).toList();
    }

    /** The distinct SOC codes of the related occupations, in page order. */
    public Set<String> socCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (JobTitle title : jobTitles()) {
            if (title.socCode() != null && !title.socCode().isBlank()) {
                codes.add(title.socCode());
            }
        }
        return codes;
    }

    public record Hook(@NotEmpty List<@NotBlank String> points, String closing) {}

    public record Definition(
            @NotBlank String term, @NotBlank String text) {}

    public record KeyDifferences(
            @NotBlank String heading, @NotEmpty List<@NotBlank String> paragraphs) {}

    public record JobTitleGroup(
            @NotBlank String name, @Valid @NotEmpty List<JobTitle> titles) {}

    public record JobTitle(
            @NotBlank String title,
            @Pattern(regexp = "\\d{2}-\\d{4}(\\.\\d{2})?") String socCode,
            String socTitle) {}

    public record Setting(
            @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
            String code,

            @NotBlank String name) {}

    public record QuickFact(
            @NotBlank String role,
            @NotBlank String education,
            @Valid Pay pay) {}

    public record Requirements(
            String intro, @Valid @NotEmpty List<Requirement> items) {}

    public record Requirement(
            @NotBlank String role, @NotBlank String text, String sourceTitle, String sourceUrl) {}

    public record Certification(
            @NotBlank String name, String body, @NotBlank String text, String url) {}

    public record Pathway(@NotBlank String name, @NotEmpty List<@NotBlank String> steps) {}

    /** A helpful link; {@code englishOnly} marks a page only in English, so readers of other languages know. */
    public record Resource(@NotBlank String title, @NotBlank String url, String description, Boolean englishOnly) {

        public Resource {
            englishOnly = Boolean.TRUE.equals(englishOnly);
        }
    }

    public record Source(@NotBlank String title, @NotBlank String url) {}
}
