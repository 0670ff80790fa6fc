package org.healthcareershub.notifications.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The careers (slugs) or regions (names) a subscriber or an issue is about, stored as one column of lines;
 * empty means all of them. Values come from the careers and geo modules' lists (checked by {@link
 * NewsRules}), so they never hold a line break.
 */
public record NewsChoices(Set<String> values) {

    public NewsChoices {
        values = values == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(values));
    }

    public static NewsChoices of(Collection<String> values) {
        return new NewsChoices(values == null ? Set.of() : new LinkedHashSet<>(values));
    }

    public boolean all() {
        return values.isEmpty();
    }

    /** Whether an issue about {@code issue} concerns someone who chose these: either side "all", or one shared. */
    public boolean meets(NewsChoices issue) {
        return all() || issue.all() || values.stream().anyMatch(issue.values()::contains);
    }

    @Converter
    static class Column implements AttributeConverter<NewsChoices, String> {

        @Override
        public String convertToDatabaseColumn(NewsChoices choices) {
            return choices == null ? "" : choices.values().stream().sorted().collect(Collectors.joining("\n"));
        }

        @Override
        public NewsChoices convertToEntityAttribute(String column) {
            return column == null || column.isEmpty()
                    ? new NewsChoices(Set.of())
                    : new NewsChoices(Set.copyOf(Arrays.asList(column.split("\n"))));
        }
    }
}
