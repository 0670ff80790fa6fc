package org.healthcareershub.trainings.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.healthcareershub.geo.Location;
import org.healthcareershub.web.PlainText;

/**
 * One program as staff wrote it, in the staff form or in a row of the import file: text, unchecked. It is
 * the staff form itself (it needs no checks of its own: {@link TrainingRules} checks it, as it checks each
 * import row). The components are the form's field names and, in snake case, the CSV columns
 * ({@link TrainingCsv#COLUMNS}), so a problem names the same thing in both. {@code startDates} and
 * {@code jobTitles} are lists written as text ({@link TrainingRules#items}). {@code titleEs} and
 * {@code providerEs} are the title and provider name in Spanish, where the catalog has them. Its text is
 * one line per field but in the components marked {@link PlainText.MultiLine}.
 */
public record TrainingInput(
        String externalId,
        String title,
        String provider,
        String providerUrl,
        @PlainText.MultiLine String description,
        String credentialType,
        String deliveryMode,
        String street,
        String city,
        String state,
        String zip,
        String lengthHours,
        String lengthWeeks,
        String cost,
        List<String> schedules,
        @PlainText.MultiLine String startDates,
        @PlainText.MultiLine String prerequisites,
        List<String> funding,
        List<String> careers,
        @PlainText.MultiLine String jobTitles,
        String url,
        String featured,
        String status,
        String sample,
        String titleEs,
        String providerEs) {

    public TrainingInput {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        funding = funding == null ? List.of() : List.copyOf(funding);
        careers = careers == null ? List.of() : List.copyOf(careers);
    }

    /** A program as stored, written as staff would write it: the rules read it back to the same details. */
    public static TrainingInput of(String externalId, String provider, String providerUrl, TrainingDetails d) {
        Location where = d.location();
        return new TrainingInput(
                externalId,
                d.title(),
                provider,
                providerUrl,
                d.description(),
                d.credentialType().name(),
                d.deliveryMode().name(),
                where == null ? null : where.street(),
                where == null ? null : where.city(),
                where == null ? null : where.state(),
                where == null ? null : where.zip(),
                d.lengthHours() == null ? null : d.lengthHours().toString(),
                d.lengthWeeks() == null ? null : d.lengthWeeks().toString(),
                d.cost().toString(),
                names(d.schedules()),
                String.join(
                        "\n", d.startDates().stream().map(LocalDate::toString).toList()),
                d.prerequisites(),
                names(d.funding()),
                List.copyOf(d.careers()),
                String.join("\n", d.jobTitles()),
                d.url(),
                String.valueOf(d.featured()),
                d.status().name(),
                String.valueOf(d.sample()),
                null,
                null);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
