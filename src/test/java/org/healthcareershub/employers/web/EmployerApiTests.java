package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class EmployerApiTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void searchesNearestFirstAndReadsAProfile() {
        JsonNode page = body(mvc.get()
                .uri("/api/v1/employers")
                .param("near", "Albany, NY")
                .param("radius", "30")
                .exchange());
        assertThat(page.get("total").asLong()).isPositive();
        JsonNode first = page.get("hits").get(0);
        assertThat(first.get("distanceMiles").asDouble()).isLessThanOrEqualTo(30.0);
        assertThat(page.get("regions").has("Capital Region")).isTrue();
        JsonNode profile = body(mvc.get()
                .uri("/api/v1/employers/" + first.get("slug").asString())
                .exchange());
        assertThat(profile.get("sites").size()).isPositive();
    }

    @Test
    void badParametersAreA400AndMissingEmployersA404() throws Exception {
        MvcTestResult bad = mvc.get()
                .uri("/api/v1/employers")
                .param("radius", "0")
                .param("region", "Atlantis")
                .exchange();
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(bad.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("errors").has("radius")).isTrue();
        assertThat(problem.get("errors").has("region")).isTrue();
        assertThat(mvc.get().uri("/api/v1/employers/no-such-employer").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void namesEachBadParameterInTheWordsThePageShowsNextToItsField() throws Exception {
        for (String lang : List.of("en", "es")) {
            for (String near : List.of("Atlantis, ZZ", "99999")) {
                Map<String, String> params = Map.of("near", near, "radius", "-5", "region", "Atlantis", "lang", lang);
                MockMvcTester.MockMvcRequestBuilder apiRequest = mvc.get().uri("/api/v1/employers");
                MockMvcTester.MockMvcRequestBuilder pageRequest = mvc.get().uri("/employers");
                params.forEach(apiRequest::param);
                params.forEach(pageRequest::param);
                MvcTestResult api = apiRequest.exchange();
                assertThat(api).hasStatus(HttpStatus.BAD_REQUEST);
                JsonNode errors = json.readTree(api.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .get("errors");
                Document page =
                        Jsoup.parse(pageRequest.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
                assertThat(errors.propertyNames()).containsExactly("near", "radius", "region");
                for (String field : errors.propertyNames()) {
                    assertThat(errors.get(field).asString())
                            .as(lang + " " + near + " " + field)
                            .isNotBlank()
                            .isEqualTo(page.select("#" + field + "-error").text());
                }
            }
        }
    }

    @Test
    void readsAMangledPageAsTheFirstLikeThePage() {
        JsonNode page =
                body(mvc.get().uri("/api/v1/employers").param("page", "seven").exchange());
        assertThat(page.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void isInTheOpenApiDocument() {
        JsonNode doc = body(mvc.get().uri("/v3/api-docs").exchange());
        assertThat(doc.get("paths").has("/api/v1/employers")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/employers/{slug}")).isTrue();
    }

    private static JsonNode body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
