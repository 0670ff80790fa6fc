package org.healthcareershub.trainings.web;

import java.util.List;

/** The catalog search exactly as typed in the URL; {@link SearchFormReader} checks it. */
record SearchForm(
        String q,
        List<String> type,
        List<String> mode,
        List<String> schedule,
        String cost,
        String career,
        String near,
        String radius,
        String online,
        String sort,
        String page) {}
