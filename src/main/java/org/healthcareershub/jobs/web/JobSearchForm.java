package org.healthcareershub.jobs.web;

import java.util.List;

/** The job search exactly as typed in the URL; {@link JobSearchFormReader} checks it. */
record JobSearchForm(
        String q,
        String near,
        String radius,
        String career,
        String employer,
        List<String> type,
        List<String> schedule,
        List<String> language,
        String minPay,
        String posted,
        String sort,
        String page) {}
