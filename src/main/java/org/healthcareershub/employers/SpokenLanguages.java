package org.healthcareershub.employers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages an organization can say it speaks with clients: ISO 639-1 codes of the languages most
 * spoken in New York after English, named in the reader's language by the JDK, so no page hard-codes a
 * name.
 */
public final class SpokenLanguages {

    public static final List<String> CODES = List.of(
            "en", "es", "zh", "ru", "ht", "bn", "ko", "yi", "ar", "fr", "it", "pl", "ur", "tl", "hi", "pt", "vi", "el",
            "ja", "sq");

    private SpokenLanguages() {}

    /** Code to name, in the order of {@link #CODES}, each name in {@code locale} with a capital first letter. */
    public static Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : CODES) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
            names.put(code, name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        return names;
    }
}
