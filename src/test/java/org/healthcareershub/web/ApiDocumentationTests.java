package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated OpenAPI document describes the public API as a client generator or linter needs it. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class ApiDocumentationTests {

    static final JsonMapper json = JsonMapper.builder().build();

    /** The 4xx answers each operation gives (see the API tests for each of them). */
    static final Map<String, List<String>> ERRORS = Map.of(
            "searchTrainings", List.of("400"),
            "getTraining", List.of("400", "404"),
            "exportTrainingsAsCtdl", List.of(),
            "exportTrainingAsCtdl", List.of("400", "404"),
            "searchEmployers", List.of("400"),
            "getEmployer", List.of("404"));

    @Autowired
    MockMvcTester mvc;

    JsonNode doc;
    final List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();

    @BeforeAll
    void readTheDocument() throws Exception {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        doc = read(result);
        // Left for an OpenAPI linter (e.g. `npx @redocly/cli lint target/api-docs.json`), outside the build.
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "api-docs.json"),
                result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> operations.add(
                                Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()))));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void namesTheApiItsVersionLicenseAndContactFromTheSettings() {
        JsonNode info = doc.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Health Careers Hub API");
        assertThat(info.get("version").asString()).isEqualTo("1.0.0");
        assertThat(info.get("description").asString()).contains("training catalog", "employer directory", "400", "404");
        assertThat(info.get("license").get("name").asString()).isEqualTo("CC BY 4.0");
        assertThat(info.get("license").get("url").asString()).startsWith("https://creativecommons.org/");
        assertThat(info.get("contact").get("name").asString())
                .isEqualTo("Sample Regional Health Workforce Collaborative");
        assertThat(info.get("contact").get("url").asString()).isEqualTo("http://localhost:8080");
        assertThat(info.get("contact").get("email").asString()).isEqualTo("api@example.org");
        assertThat(doc.get("servers").get(0).get("url").asString()).isEqualTo("http://localhost:8080");
    }

    @Test
    void declaresTheApiPublic() {
        assertThat(doc.has("security")).isTrue();
        assertThat(doc.get("security").isArray()).isTrue();
        assertThat(doc.get("security")).isEmpty();
        assertThat(operations)
                .allSatisfy(op -> assertThat(op.getValue().has("security"))
                        .as(op.getKey())
                        .isFalse());
    }

    @Test
    void everyOperationHasAReadableUniqueId() {
        List<String> ids = operations.stream()
                .map(op -> op.getValue().path("operationId").asString(""))
                .toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z]+[A-Z][A-Za-z]+"));
        assertThat(ids).containsAll(ERRORS.keySet());
    }

    @Test
    void documentsThe400And404AnswersWithTheProblemBody() throws Exception {
        for (var op : operations) {
            JsonNode responses = op.getValue().get("responses");
            boolean hasPathVariable = op.getKey().contains("{");
            String id = op.getValue().path("operationId").asString();
            assertThat(responses.has("200")).as(op.getKey()).isTrue();
            assertThat(responses.has("404"))
                    .as(op.getKey() + " reads one record")
                    .isEqualTo(hasPathVariable);
            if (ERRORS.containsKey(id)) {
                assertThat(responses.properties().stream()
                                .map(Map.Entry::getKey)
                                .filter(code -> code.startsWith("4")))
                        .as(op.getKey())
                        .containsExactlyInAnyOrderElementsOf(ERRORS.get(id));
            }
            responses.properties().stream()
                    .filter(r -> r.getKey().startsWith("4"))
                    .forEach(r -> assertThat(r.getValue()
                                    .at("/content/application~1problem+json/schema/$ref")
                                    .asString())
                            .as(op.getKey() + " " + r.getKey())
                            .isEqualTo("#/components/schemas/Problem"));
        }
        JsonNode problem = doc.at("/components/schemas/Problem/properties");
        assertThat(problem.has("status")).isTrue();
        assertThat(problem.has("detail")).isTrue();
        assertThat(problem.get("errors").get("additionalProperties").get("type").asString())
                .isEqualTo("string");
    }

    @Test
    void theApiAnswersItsErrorsWithTheDocumentedBody() throws Exception {
        MvcTestResult missing = mvc.get().uri("/api/v1/trainings/987654321").exchange();
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(missing.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(missing.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .get("status")
                        .asInt())
                .isEqualTo(404);
        MvcTestResult notANumber = mvc.get().uri("/api/v1/trainings/abc").exchange();
        assertThat(notANumber).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(notANumber.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .get("errors")
                        .has("id"))
                .isTrue();
        MvcTestResult missingEmployer =
                mvc.get().uri("/api/v1/employers/no-such-employer").exchange();
        assertThat(missingEmployer).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(missingEmployer.getResponse().getContentType()).startsWith("application/problem+json");
    }

    private static JsonNode read(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
