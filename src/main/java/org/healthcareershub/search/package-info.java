/**
 * Search engine setup shared by the modules that keep a Hibernate Search index: the analyzers they name
 * ("english", "lowercase"), how far a searched word may be misspelled, which words of a search an index
 * holds, "within a circle" predicates whose matches are kept per index segment, and the start-up check
 * that rebuilds an index that no longer matches its table. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search engine",
        allowedDependencies = {})
package org.healthcareershub.search;
