package org.healthcareershub.careers.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.CareerTitleListener;
import org.healthcareershub.careers.Pay;

/** A career profile in one language, stored as rows so other features can query titles and settings. */
@Entity
@Table(name = "career")
@EntityListeners(CareerTitleListener.class)
public class Career {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String locale;
    private int position;
    private String title;
    private String summary;
    private LocalDate lastReviewed;
    private String hookClosing;
    private String keyDifferencesHeading;
    private String jobTitlesNote;
    private String requirementsIntro;

    @ElementCollection
    @CollectionTable(name = "career_hook_point", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "body")
    private List<String> hookPoints = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_definition", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<DefinitionRow> definitions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_key_difference", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "body")
    private List<String> keyDifferences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_job_title", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<JobTitleRow> jobTitles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_function", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "body")
    private List<String> functions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_setting", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<SettingRow> settings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_quick_fact", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<QuickFactRow> quickFacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_requirement", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<RequirementRow> requirements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_certification", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<CertificationRow> certifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_funding", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "body")
    private List<String> funding = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_pathway_step", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<PathwayStepRow> pathwaySteps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_resource", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<LinkRow> resources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "career_source", joinColumns = @JoinColumn(name = "career_id"))
    @OrderColumn(name = "sort_order")
    private List<SourceRow> sources = new ArrayList<>();

    protected Career() {}

    public static Career from(CareerContent content) {
        Career career = new Career();
        career.replaceWith(content);
        return career;
    }

    public String slug() {
        return slug;
    }

    public String locale() {
        return locale;
    }

    public String title() {
        return title;
    }

    public LocalDate lastReviewed() {
        return lastReviewed;
    }

    /** Whether a content file reviewed on {@code reviewed} is newer than what is stored. */
    public boolean isOlderThan(LocalDate reviewed) {
        return lastReviewed == null || reviewed.isAfter(lastReviewed);
    }

    public void replaceWith(CareerContent c) {
        slug = c.slug();
        locale = c.locale();
        position = c.position();
        title = c.title();
        summary = c.summary();
        lastReviewed = c.lastReviewed();
        hookClosing = c.hook().closing();
        hookPoints = new ArrayList<>(c.hook().points());
        definitions = new ArrayList<>(c.definitions().stream()
                .map(d -> new DefinitionRow(d.term(), d.text()))
                .toList());
        keyDifferencesHeading =
                c.keyDifferences() == null ? null : c.keyDifferences().heading();
        keyDifferences = new ArrayList<>(
                c.keyDifferences() == null ? List.of() : c.keyDifferences().paragraphs());
        jobTitles = new ArrayList<>(c.jobTitleGroups().stream()
                .flatMap(g ->
                        g.titles().stream().map(t -> new JobTitleRow(g.name(), t.title(), t.socCode(), t.socTitle())))
                .toList());
        jobTitlesNote = c.jobTitlesNote();
        functions = new ArrayList<>(c.functions());
        settings = new ArrayList<>(c.settings().stream()
                .map(s -> new SettingRow(s.code(), s.name()))
                .toList());
        quickFacts =
                new ArrayList<>(c.quickFacts().stream().map(QuickFactRow::of).toList());
        requirementsIntro = c.requirements() == null ? null : c.requirements().intro();
        requirements = new ArrayList<>(
                c.requirements() == null
                        ? List.of()
                        : c.requirements().items().stream()
                                .map(r -> new RequirementRow(r.role(), r.text(), r.sourceTitle(), r.sourceUrl()))
                                .toList());
        certifications = new ArrayList<>(c.certifications().stream()
                .map(x -> new CertificationRow(x.name(), x.body(), x.text(), x.url()))
                .toList());
        funding = new ArrayList<>(c.funding());
        pathwaySteps = new ArrayList<>(c.pathways().stream()
                .flatMap(p -> p.steps().stream().map(s -> new PathwayStepRow(p.name(), s)))
                .toList());
        resources = new ArrayList<>(c.resources().stream()
                .map(r -> new LinkRow(r.title(), r.url(), r.description(), r.englishOnly()))
                .toList());
        sources = new ArrayList<>(
                c.sources().stream().map(s -> new SourceRow(s.title(), s.url())).toList());
    }

    public CareerContent toContent() {
        Map<String, List<CareerContent.JobTitle>> groups = new LinkedHashMap<>();
        for (JobTitleRow row : jobTitles) {
            groups.computeIfAbsent(row.groupName(), k -> new ArrayList<>())
                    .add(new CareerContent.JobTitle(row.title(), row.socCode(), row.socTitle()));
        }
        Map<String, List<String>> pathways = new LinkedHashMap<>();
        for (PathwayStepRow row : pathwaySteps) {
            pathways.computeIfAbsent(row.pathway(), k -> new ArrayList<>()).add(row.step());
        }
        return new CareerContent(
                slug,
                locale,
                position,
                title,
                summary,
                lastReviewed,
                new CareerContent.Hook(List.copyOf(hookPoints), hookClosing),
                definitions.stream()
                        .map(d -> new CareerContent.Definition(d.term(), d.body()))
                        .toList(),
                keyDifferencesHeading == null
                        ? null
                        : new CareerContent.KeyDifferences(keyDifferencesHeading, List.copyOf(keyDifferences)),
                groups.entrySet().stream()
                        .map(e -> new CareerContent.JobTitleGroup(e.getKey(), e.getValue()))
                        .toList(),
                jobTitlesNote,
                List.copyOf(functions),
                settings.stream()
                        .map(s -> new CareerContent.Setting(s.code(), s.name()))
                        .toList(),
                quickFacts.stream().map(QuickFactRow::toQuickFact).toList(),
                requirements.isEmpty()
                        ? null
                        : new CareerContent.Requirements(
                                requirementsIntro,
                                requirements.stream()
                                        .map(r -> new CareerContent.Requirement(
                                                r.role(), r.body(), r.sourceTitle(), r.sourceUrl()))
                                        .toList()),
                certifications.stream()
                        .map(x -> new CareerContent.Certification(x.name(), x.issuer(), x.body(), x.url()))
                        .toList(),
                List.copyOf(funding),
                pathways.entrySet().stream()
                        .map(e -> new CareerContent.Pathway(e.getKey(), e.getValue()))
                        .toList(),
                resources.stream()
                        .map(r -> new CareerContent.Resource(r.title(), r.url(), r.description(), r.englishOnly()))
                        .toList(),
                sources.stream()
                        .map(s -> new CareerContent.Source(s.title(), s.url()))
                        .toList());
    }

    @Embeddable
    record DefinitionRow(String term, String body) {}

    @Embeddable
    record JobTitleRow(String groupName, String title, String socCode, String socTitle) {}

    @Embeddable
    record SettingRow(String code, String name) {}

    @Embeddable
    record RequirementRow(String role, String body, String sourceTitle, String sourceUrl) {}

    @Embeddable
    record CertificationRow(String name, String issuer, String body, String url) {}

    @Embeddable
    record PathwayStepRow(String pathway, String step) {}

    @Embeddable
    record LinkRow(String title, String url, String description, boolean englishOnly) {}

    @Embeddable
    record SourceRow(String title, String url) {}

    @Embeddable
    record QuickFactRow(
            String role,
            String education,
            BigDecimal payMin,
            BigDecimal payMax,
            String payUnit,
            String payLabel,
            String paySource,
            Integer payYear) {

        static QuickFactRow of(CareerContent.QuickFact fact) {
            Pay pay = fact.pay();
            return pay == null
                    ? new QuickFactRow(fact.role(), fact.education(), null, null, null, null, null, null)
                    : new QuickFactRow(
                            fact.role(),
                            fact.education(),
                            pay.min(),
                            pay.max(),
                            pay.unit().name(),
                            pay.label(),
                            pay.source(),
                            pay.year());
        }

        CareerContent.QuickFact toQuickFact() {
            Pay pay = payUnit == null
                    ? null
                    : new Pay(payMin, payMax, Pay.Unit.valueOf(payUnit), payLabel, paySource, payYear);
            return new CareerContent.QuickFact(role, education, pay);
        }
    }
}
