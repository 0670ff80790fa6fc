package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Web started alone, with no other module: the sitemap lists what contributors give it, and web's own
 * security headers apply without any module's {@link SecurityRules}.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class WebModuleTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Site site;

    @Test
    void theSitemapListsEveryContributedPathAsAnAbsoluteAddress() {
        MvcTestResult sitemap = mvc.get().uri("/sitemap.xml").exchange();

        assertThat(sitemap).hasStatusOk().bodyText().contains("<loc>" + site.absolute("/module-test-page") + "</loc>");
    }

    @Test
    void answersWithTheSecurityHeadersAndKeepsStaffPagesOutOfSearchEngines() {
        MvcTestResult robots = mvc.get().uri("/robots.txt").exchange();

        assertThat(robots).hasStatusOk().bodyText().contains("Disallow: /admin");
        assertThat(robots).headers().containsHeader("Content-Security-Policy");
    }

    @Test
    void robotsLetCrawlersReadThePublicDirectoriesButNotTheSignedInAreas() throws Exception {
        MvcTestResult robots = mvc.get().uri("/robots.txt").exchange();
        assertThat(robots).hasStatusOk();
        RobotsRules rules = RobotsRules.parse(robots.getResponse().getContentAsString());

        assertThat(List.of(
                        "/",
                        "/employers",
                        "/employers?near=12207",
                        "/employers/albany-community-health",
                        "/careers/care-coordination-and-care-management",
                        "/trainings",
                        "/trainings?q=care",
                        "/jobs",
                        "/jobs/42",
                        "/accounts-help",
                        "/administration",
                        "/sitemap.xml"))
                .allSatisfy(path -> assertThat(rules.allows(path)).as(path).isTrue());
        assertThat(List.of(
                        "/employer",
                        "/employer/",
                        "/employer/jobs",
                        "/employer/contact-requests",
                        "/account",
                        "/account/saved",
                        "/admin",
                        "/admin/employers"))
                .allSatisfy(path -> assertThat(rules.allows(path)).as(path).isFalse());
    }

    /**
     * The rules for every crawler ({@code User-agent: *}) read as Google reads them (RFC 9309): the longest
     * matching rule wins, Allow on a tie; {@code *} matches any characters, a final {@code $} the end.
     */
    record RobotsRules(List<Rule> rules) {

        record Rule(boolean allow, String pattern) {

            boolean matches(String path) {
                boolean anchored = pattern.endsWith("$");
                String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
                StringBuilder regex = new StringBuilder();
                for (String part : body.split("\\*", -1)) {
                    if (!regex.isEmpty()) {
                        regex.append(".*");
                    }
                    regex.append(Pattern.quote(part));
                }
                return Pattern.compile(regex + (anchored ? "" : ".*"))
                        .matcher(path)
                        .matches();
            }
        }

        static RobotsRules parse(String text) {
            List<Rule> rules = new ArrayList<>();
            boolean forEveryone = false;
            for (String line : text.split("\n")) {
                String[] field = line.split(":", 2);
                if (field.length < 2) {
                    continue;
                }
                String name = field[0].strip().toLowerCase(Locale.ROOT);
                String value = field[1].strip();
                if (name.equals("user-agent")) {
                    forEveryone = value.equals("*");
                } else if (forEveryone && (name.equals("allow") || name.equals("disallow")) && !value.isEmpty()) {
                    rules.add(new Rule(name.equals("allow"), value));
                }
            }
            assertThat(rules).as("rules for User-agent: *").isNotEmpty();
            return new RobotsRules(rules);
        }

        boolean allows(String path) {
            return rules.stream()
                    .filter(rule -> rule.matches(path))
                    .max(Comparator.<Rule>comparingInt(rule -> rule.pattern().length())
                            .thenComparing(Rule::allow))
                    .map(Rule::allow)
                    .orElse(true);
        }
    }

    @TestConfiguration
    static class Pages {

        @Bean
        SitemapContributor moduleTestPages() {
            return () -> List.of("/module-test-page");
        }
    }
}
