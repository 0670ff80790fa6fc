package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every piece of UI text lives in messages.properties with a Spanish twin: templates carry no literal
 * words, and every message key they name exists in both languages.
 */
class UiTextConventionTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "content", "value");
    static final Set<String> TEXT_ATTRIBUTE_EXEMPT_TAGS = Set.of("meta");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> spanish = load("messages_es.properties").stringPropertyNames();
        assertThat(spanish).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void spanishMessagesAreTranslatedNotCopied() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        Set<String> sameOnPurpose = Set.of(
                "layout.language.en",
                "layout.language.es",
                "careers.jobTitles.soc",
                "trainings.funding.CAREER_PATHWAYS",
                "admin.no");
        List<String> copied = english.stringPropertyNames().stream()
                .filter(key -> !sameOnPurpose.contains(key))
                .filter(key -> WORDS.matcher(english.getProperty(key)).find())
                .filter(key -> english.getProperty(key).equals(spanish.getProperty(key)))
                .toList();
        assertThat(copied).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(hardCodedText(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theConventionCatchesHardCodedText() {
        assertThat(hardCodedText("t", "<p>Apply now</p>")).containsExactly("t: <p> \"Apply now\"");
        assertThat(hardCodedText("t", "<img src=x alt=\"Our logo\">")).containsExactly("t: alt=\"Our logo\"");
        assertThat(hardCodedText("t", "<p th:text=\"#{apply}\">Apply now</p><img alt=\"x\" th:alt=\"#{logo}\">"))
                .isEmpty();
        assertThat(hardCodedText("t", "<span aria-hidden=\"true\"> · </span>")).isEmpty();
    }

    static List<String> hardCodedText(String name, String html) {
        List<String> problems = new ArrayList<>();
        for (Element element : Jsoup.parse(html, "", Parser.htmlParser()).getAllElements()) {
            if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")) {
                continue;
            }
            if (!element.tagName().equals("script") && !element.tagName().equals("style")) {
                for (TextNode text : element.textNodes()) {
                    if (WORDS.matcher(text.text()).find()) {
                        problems.add(name + ": <" + element.tagName() + "> \""
                                + text.text().strip() + "\"");
                    }
                }
            }
            boolean valueIsData = element.tagName().equals("input")
                    && Set.of("checkbox", "radio", "hidden").contains(element.attr("type"));
            for (String attribute : TEXT_ATTRIBUTES) {
                if (attribute.equals("value") && valueIsData) {
                    continue;
                }
                if (element.hasAttr(attribute)
                        && !TEXT_ATTRIBUTE_EXEMPT_TAGS.contains(element.tagName())
                        && !element.hasAttr("th:" + attribute)
                        && WORDS.matcher(element.attr(attribute)).find()) {
                    problems.add(name + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                }
            }
        }
        return problems;
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> missing = new HashSet<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!english.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UiTextConventionTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
