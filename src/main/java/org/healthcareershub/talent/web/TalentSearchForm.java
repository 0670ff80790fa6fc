package org.healthcareershub.talent.web;

/**
 * The talent search's parameters as sent: a region or one of the organization's sites with a distance
 * ({@code radius} miles), a career, a least education, a license, least years of experience, and the page.
 */
record TalentSearchForm(
        String region,
        String site,
        String radius,
        String career,
        String education,
        String license,
        String years,
        String page) {}
