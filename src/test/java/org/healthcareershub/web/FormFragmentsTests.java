package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders every fragment of templates/web/form.html through a test page, with the site's messages. */
class FormFragmentsTests {

    enum Mode {
        IN_PERSON,
        ONLINE,
        HYBRID
    }

    private final SpringTemplateEngine engine = engine();

    @Test
    void errorSummaryListsEachProblemTranslatedWithItsArgumentsAndLinksToTheField() {
        FieldErrors errors = new FieldErrors().add("message", "form.error.tooLong", 2000);

        Document english = render(Locale.ENGLISH, errors);
        Document spanish = render(Locale.forLanguageTag("es"), errors);

        Element summary = english.selectFirst("#error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.hasAttr("autofocus")).isTrue();
        assertThat(summary.select("a").attr("href")).isEqualTo("#message");
        assertThat(summary.select("a").text()).isEqualTo("Use 2,000 characters or fewer");
        assertThat(spanish.select("#error-summary a").text()).isEqualTo("Use 2.000 caracteres o menos");
        assertThat(english.select("#message")).hasSize(1);
    }

    @Test
    void showsNoSummaryWhenNothingIsWrong() {
        Document page = render(Locale.ENGLISH, new FieldErrors(), new FieldErrors());

        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.select("[aria-invalid]")).isEmpty();
        assertThat(page.select(".field--error")).isEmpty();
    }

    @Test
    void fieldInErrorIsMarkedInvalidAndDescribedByElementsThatExist() {
        FieldErrors errors = new FieldErrors()
                .add("name", "admin.error.required")
                .add("mode", "admin.error.required")
                .add("schedule", "admin.error.required")
                .add("featured", "admin.error.required");

        Document page = render(Locale.ENGLISH, errors);

        for (String field : List.of("name", "mode", "featured")) {
            Element control = page.getElementById(field);
            assertThat(control.attr("aria-invalid")).as(field).isEqualTo("true");
            assertDescribedByExistingElements(page, control, field + "-error");
        }
        Element name = page.getElementById("name");
        assertThat(name.attr("aria-describedby")).isEqualTo("name-hint name-error");
        assertThat(page.getElementById("name-error").text()).isEqualTo("Enter this.");
        Element group = page.getElementById("schedule");
        assertThat(group.tagName()).isEqualTo("fieldset");
        assertThat(group.select("legend").text()).isEqualTo("Schedule");
        assertDescribedByExistingElements(page, group, "schedule-error");
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .containsExactly("#name", "#mode", "#schedule", "#featured");
        assertThat(page.getElementById("radius").hasAttr("aria-invalid")).isFalse();
        assertThat(page.getElementById("radius").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void keepsWhatWasTypedAndChosenButNeverEchoesAPassword() {
        Document page = render(Locale.ENGLISH, new FieldErrors().add("password", "admin.error.required"));

        assertThat(page.getElementById("name").val()).isEqualTo("Ana <b>");
        assertThat(page.getElementById("radius").val()).isEqualTo("3000");
        assertThat(page.getElementById("message").text()).isEqualTo("Hello there");
        assertThat(page.getElementById("password").val()).isEmpty();
        assertThat(page.html()).doesNotContain("s3cret-typed");
        assertThat(page.select("#mode option[selected]").attr("value")).isEqualTo("ONLINE");
        assertThat(page.select("#career option[selected]").attr("value")).isEqualTo("nursing");
        assertThat(page.select("#cost input[checked]").attr("id")).isEqualTo("cost-any");
        assertThat(page.select("#schedule input[checked]").eachAttr("value")).containsExactly("EVENINGS");
        assertThat(page.select("#type input[checked]").eachAttr("value")).containsExactly("DEGREE");
        assertThat(page.getElementById("featured").hasAttr("checked")).isTrue();
    }

    @Test
    void labelsOptionsByMessagePrefixByMapOrByChoice() {
        Document page = render(Locale.forLanguageTag("es"), new FieldErrors());

        assertThat(page.select("#mode option").eachText())
                .containsExactly("Elija...", "Presencial", "En línea", "Híbrido");
        assertThat(page.select("#career option").eachText())
                .containsExactly("Cualquier carrera", "Nursing (4)", "Care coordination (0)");
        assertThat(page.select("label[for=cost-free]").text()).isEqualTo("Gratis");
        assertThat(page.select("label[for=cost-500]").text()).isEqualTo("Menos de $500");
    }

    @Test
    void facetGroupShowsACountPerOptionThatHtmxCanReplace() {
        Document page = render(Locale.ENGLISH, new FieldErrors());

        Element facet = page.getElementById("type");
        assertThat(facet.hasClass("facet")).isTrue();
        assertThat(facet.select("input[type=checkbox]").eachAttr("id"))
                .containsExactly("type-CERTIFICATE", "type-DEGREE");
        assertThat(page.getElementById("count-type-CERTIFICATE").text()).isEqualTo("7");
        assertThat(page.getElementById("count-type-DEGREE").text()).isEqualTo("0");
        assertThat(page.select("label[for=type-DEGREE] span").first().text()).isEqualTo("Degree");
        assertThat(page.select("#schedule .count")).isEmpty();
    }

    @Test
    void numberFieldCarriesItsLimits() {
        Element radius = render(Locale.ENGLISH, new FieldErrors()).getElementById("radius");

        assertThat(radius.attr("type")).isEqualTo("number");
        assertThat(radius.attr("min")).isEqualTo("1");
        assertThat(radius.attr("max")).isEqualTo("250");
        assertThat(radius.attr("inputmode")).isEqualTo("numeric");
        assertThat(radius.hasAttr("maxlength")).isFalse();
    }

    @Test
    void prefixedFormKeepsItsIdsApartFromTheOtherForm() {
        Document page = render(Locale.ENGLISH, new FieldErrors());

        assertThat(page.select("#contact-error-summary a").attr("href")).isEqualTo("#contact-email");
        Element email = page.getElementById("contact-email");
        assertThat(email.attr("name")).isEqualTo("email");
        assertThat(email.attr("aria-invalid")).isEqualTo("true");
        assertDescribedByExistingElements(page, email, "contact-email-error");
        assertThat(page.getElementById("contact-email-error").text())
                .isEqualTo("Enter an email address such as name@example.com.");
    }

    private static void assertDescribedByExistingElements(Document page, Element control, String expectedId) {
        String[] ids = control.attr("aria-describedby").split(" ");
        assertThat(ids).contains(expectedId);
        for (String id : ids) {
            assertThat(page.getElementById(id)).as("element #" + id).isNotNull();
        }
    }

    private Document render(Locale locale, FieldErrors errors) {
        return render(locale, errors, new FieldErrors().add("email", "contact.error.email"));
    }

    private Document render(Locale locale, FieldErrors errors, FieldErrors contactErrors) {
        Map<String, Object> careerTitles = new LinkedHashMap<>();
        careerTitles.put("nursing", "Nursing");
        careerTitles.put("care-coordination", "Care coordination");
        Map<Object, Long> typeCounts = new LinkedHashMap<>();
        typeCounts.put("CERTIFICATE", 7L);
        typeCounts.put("DEGREE", 0L);

        Context context = new Context(locale);
        context.setVariable("errors", errors);
        context.setVariable("contactErrors", contactErrors);
        context.setVariable("name", "Ana <b>");
        context.setVariable("password", "s3cret-typed");
        context.setVariable("radius", 3000);
        context.setVariable("message", "Hello there");
        context.setVariable("modes", Mode.values());
        context.setVariable("mode", "ONLINE");
        context.setVariable("careerTitles", careerTitles);
        context.setVariable("career", "nursing");
        context.setVariable("careerCounts", Map.of("nursing", 4L));
        context.setVariable(
                "costs",
                List.of(
                        Choice.of("", "trainings.cost.any"),
                        Choice.of("free", "trainings.cost.free"),
                        Choice.of("500", "trainings.cost.under", "500")));
        context.setVariable("cost", null);
        context.setVariable("schedules", List.of("DAYTIME", "EVENINGS"));
        context.setVariable("schedule", Set.of(ScheduleKey.EVENINGS));
        context.setVariable("typeCounts", typeCounts);
        context.setVariable("types", List.of("DEGREE"));
        context.setVariable("featured", true);
        return Jsoup.parse(engine.process("web/form-fixture", context));
    }

    enum ScheduleKey {
        EVENINGS
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
