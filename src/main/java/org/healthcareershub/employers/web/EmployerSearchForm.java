package org.healthcareershub.employers.web;

import java.util.List;

/** The directory search exactly as typed in the URL; {@link EmployerSearchFormReader} checks it. */
record EmployerSearchForm(
        String q, List<String> setting, String career, String region, String near, String radius, String page) {}
