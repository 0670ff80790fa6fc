package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The structured-data check catches the mistakes a schema.org validator would report. */
class SchemaOrgVocabularyTests {

    static final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load();

    @Test
    void rejectsMinValueOnAMonetaryAmountDistribution() {
        assertThat(vocabulary.problems(json("""
                        {"@context": "https://schema.org", "@type": "Occupation", "name": "Nurse",
                         "estimatedSalary": {"@type": "MonetaryAmountDistribution", "currency": "USD",
                                             "duration": "P1Y", "minValue": 1, "percentile90": 9}}
                        """)))
                .singleElement()
                .asString()
                .startsWith("Occupation.estimatedSalary>MonetaryAmountDistribution.minValue: not a property of"
                        + " MonetaryAmountDistribution");
    }

    @Test
    void rejectsLocationOnAnEducationalOccupationalProgram() {
        assertThat(vocabulary.problems(json("""
                        {"@context": "https://schema.org", "@type": "EducationalOccupationalProgram", "name": "CNA",
                         "location": {"@type": "Place", "name": "Albany"}}
                        """)))
                .singleElement()
                .asString()
                .startsWith(
                        "EducationalOccupationalProgram.location: not a property of EducationalOccupationalProgram");
    }

    @Test
    void acceptsPropertiesInheritedFromSuperclasses() {
        assertThat(vocabulary.problems(json("""
                        {"@context": "https://schema.org", "@type": "EducationalOccupationalProgram",
                         "name": "CNA", "url": "https://example.org/cna",
                         "offers": {"@type": "Offer", "price": "0", "priceCurrency": "USD",
                                    "availableAtOrFrom": {"@type": "Place", "address": {"@type": "PostalAddress",
                                                          "addressLocality": "Albany"}}}}
                        """))).isEmpty();
    }

    @Test
    void rejectsUnknownTypesAndPropertiesAndUntypedObjects() {
        assertThat(vocabulary.problems(json("""
                        {"@context": "https://schema.org", "@type": "Occupation", "salaryRange": 3,
                         "occupationLocation": {"name": "New York"}, "hiringOrganization": {"@type": "Employerish"}}
                        """)))
                .hasSize(4)
                .anyMatch(p -> p.equals("Occupation.salaryRange: no such schema.org property"))
                .anyMatch(p -> p.equals("Occupation.occupationLocation: an object without @type"))
                .anyMatch(p -> p.startsWith("Occupation.hiringOrganization: not a property of Occupation"))
                .anyMatch(p -> p.equals("Occupation.hiringOrganization>Employerish: no such schema.org type"));
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }
}
