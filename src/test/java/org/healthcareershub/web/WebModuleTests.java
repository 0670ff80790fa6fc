package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @TestConfiguration
    static class Pages {

        @Bean
        SitemapContributor moduleTestPages() {
            return () -> List.of("/module-test-page");
        }
    }
}
