package org.healthcareershub.employers.web;

import java.util.List;

/** The employer setting types, shared with the careers' "where they work" (docs/content-format.md). */
final class SettingCodes {

    static final List<String> ALL = List.of(
            "hospital",
            "health-home",
            "primary-care",
            "health-plan",
            "behavioral-health",
            "opwdd-cco",
            "long-term-care",
            "community-based",
            "local-government",
            "aco-network",
            "early-intervention",
            "school",
            "residential");

    private SettingCodes() {}
}
