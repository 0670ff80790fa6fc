package org.healthcareershub.careers;

import java.util.List;

/** What the careers list shows of one career. */
public record CareerSummary(
        String slug,
        String title,
        String summary,
        List<CareerContent.QuickFact> quickFacts,
        List<String> jobTitles,
        boolean translated) {

    /** Whether every word of the query appears in the title, summary or a job title (case ignored). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack =
                String.join(" ", title, summary, String.join(" ", jobTitles)).toLowerCase(java.util.Locale.ROOT);
        for (String word : query.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
