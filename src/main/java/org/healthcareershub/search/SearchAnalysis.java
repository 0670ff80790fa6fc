package org.healthcareershub.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers every searchable module names: "english" (stemmed, accents folded) for text and the
 * "lowercase" normalizer for keywords. Hibernate Search has no built-in "english".
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("snowballPorter")
                .param("language", "English");
        context.normalizer("lowercase").custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
