package org.healthcareershub.jobs;

/** Languages a posting can ask for besides English: New York's most spoken ones, and ASL. */
public enum JobLanguage {
    SPANISH,
    CHINESE,
    RUSSIAN,
    HAITIAN_CREOLE,
    BENGALI,
    KOREAN,
    ARABIC,
    FRENCH,
    POLISH,
    YIDDISH,
    ITALIAN,
    URDU,
    ASL
}
