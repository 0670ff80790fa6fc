package org.healthcareershub.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
class TrainingApiTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void searchesWithThePageParametersAndPages() {
        JsonNode page = body(mvc.get()
                .uri("/api/v1/trainings")
                .param("q", "care coordination")
                .param("near", "12207")
                .param("radius", "50")
                .param("sort", "DISTANCE")
                .param("size", "5")
                .exchange());
        assertThat(page.get("pageSize").asInt()).isEqualTo(5);
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("items").size()).isBetween(1, 5);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("url").asString()).startsWith("/trainings/");
        assertThat(first.has("distanceMiles")).isTrue();
        assertThat(page.get("facets").get("types").has("CERTIFICATE")).isTrue();
        assertThat(page.get("place").asString()).isEqualTo("Albany, NY 12207");
    }

    @Test
    void filtersLikeThePage() {
        JsonNode page = body(mvc.get()
                .uri("/api/v1/trainings")
                .param("mode", "ONLINE")
                .param("size", "100")
                .exchange());
        assertThat(page.get("items").valueStream())
                .allSatisfy(
                        item -> assertThat(item.get("deliveryMode").asString()).isEqualTo("ONLINE"));
        assertThat(page.get("total").asLong())
                .isEqualTo(page.get("facets").get("modes").get("ONLINE").asLong());
    }

    @Test
    void badParametersAreA400NamingEachField() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/trainings")
                .param("near", "Atlantis, ZZ")
                .param("radius", "9999")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("errors").get("near").asString()).contains("ZIP");
        assertThat(problem.get("errors").get("radius").asString()).contains("250");
    }

    @Test
    void readsOneProgramAnd404sAMissingOne() {
        JsonNode page = body(mvc.get().uri("/api/v1/trainings").exchange());
        long id = page.get("items").get(0).get("id").asLong();
        JsonNode program = body(mvc.get().uri("/api/v1/trainings/" + id).exchange());
        assertThat(program.get("title").asString())
                .isEqualTo(page.get("items").get(0).get("title").asString());
        assertThat(mvc.get().uri("/api/v1/trainings/987654321").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aProgramTaughtInPersonSaysWhereAsOneNestedLocation() {
        JsonNode page = body(mvc.get()
                .uri("/api/v1/trainings")
                .param("mode", "IN_PERSON")
                .param("near", "12207")
                .param("sort", "DISTANCE")
                .exchange());
        JsonNode nearest = page.get("items").get(0);
        JsonNode program = body(
                mvc.get().uri("/api/v1/trainings/" + nearest.get("id").asLong()).exchange());

        JsonNode location = program.get("location");
        assertThat(location.get("city").asString())
                .isEqualTo(nearest.get("city").asString());
        assertThat(location.get("state").asString()).isEqualTo("NY");
        assertThat(location.get("zip").asString()).matches("\\d{5}");
        assertThat(location.get("point").get("latitude").asDouble()).isBetween(40.0, 46.0);
        assertThat(program.has("latitude")).isFalse();

        JsonNode online =
                body(mvc.get().uri("/api/v1/trainings").param("mode", "ONLINE").exchange());
        JsonNode onlineProgram = body(mvc.get()
                .uri("/api/v1/trainings/" + online.get("items").get(0).get("id").asLong())
                .exchange());
        assertThat(onlineProgram.get("location").isNull()).isTrue();
    }

    @Test
    void exportsEveryPublishedProgramAsCtdl() {
        long total =
                body(mvc.get().uri("/api/v1/trainings").exchange()).get("total").asLong();
        JsonNode ctdl = body(mvc.get().uri("/api/v1/trainings/ctdl").exchange());
        assertThat(ctdl.get("@context").asString()).isEqualTo("https://credreg.net/ctdl/schema/context/json");
        assertThat((long) ctdl.get("@graph").size()).isEqualTo(total);
        JsonNode program = ctdl.get("@graph").get(0);
        assertThat(program.get("@type").asString()).isEqualTo("ceterms:LearningProgram");
        assertThat(program.get("ceterms:ctid").asString()).matches("ce-[0-9a-f-]{36}");
        assertThat(program.get("ceterms:name").get("en-US").asString()).isNotBlank();
        assertThat(program.get("ceterms:offeredBy").get(0).get("@type").asString())
                .isEqualTo("ceterms:CredentialOrganization");
        assertThat(program.get("ceterms:deliveryType")
                        .get(0)
                        .get("ceterms:targetNode")
                        .asString())
                .startsWith("deliveryType:");
    }

    @Test
    void ctdlProgramsHaveAnIdAStableVersion4CtidAndTheirPageOnThePortal() {
        JsonNode first =
                body(mvc.get().uri("/api/v1/trainings/ctdl").exchange()).get("@graph");
        JsonNode again =
                body(mvc.get().uri("/api/v1/trainings/ctdl").exchange()).get("@graph");
        List<String> ctids =
                first.valueStream().map(p -> p.get("ceterms:ctid").asString()).toList();
        assertThat(ctids)
                .doesNotHaveDuplicates()
                .allSatisfy(ctid -> assertThat(ctid)
                        .matches("ce-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                .containsExactlyElementsOf(again.valueStream()
                        .map(p -> p.get("ceterms:ctid").asString())
                        .toList());
        JsonNode program = first.get(0);
        long id = Long.parseLong(program.get("@id").asString().replaceFirst(".*/trainings/(\\d+)/ctdl$", "$1"));
        assertThat(program.get("@id").asString()).isEqualTo("http://localhost:8080/api/v1/trainings/" + id + "/ctdl");
        assertThat(program.get("ceterms:subjectWebpage").asString()).isEqualTo("http://localhost:8080/trainings/" + id);
        JsonNode one = body(mvc.get().uri("/api/v1/trainings/" + id + "/ctdl").exchange())
                .get("@graph")
                .get(0);
        assertThat(one.get("ceterms:ctid").asString())
                .isEqualTo(program.get("ceterms:ctid").asString());
        assertThat(body(mvc.get().uri("/api/v1/trainings/" + id).exchange())
                        .get("title")
                        .asString())
                .isEqualTo(program.get("ceterms:name").get("en-US").asString());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        JsonNode doc = body(mvc.get().uri("/v3/api-docs").exchange());
        assertThat(doc.get("paths").has("/api/v1/trainings")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/trainings/{id}")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/trainings/ctdl")).isTrue();
        assertThat(doc.get("paths").has("/trainings")).isFalse();
        JsonNode mode = doc.get("paths")
                .get("/api/v1/trainings")
                .get("get")
                .get("parameters")
                .valueStream()
                .filter(p -> p.get("name").asString().equals("mode"))
                .findFirst()
                .orElseThrow();
        assertThat(mode.get("description").asString()).contains("UNKNOWN");
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
