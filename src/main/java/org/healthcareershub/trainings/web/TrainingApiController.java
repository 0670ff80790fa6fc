package org.healthcareershub.trainings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingFacets;
import org.healthcareershub.trainings.TrainingHit;
import org.healthcareershub.trainings.TrainingResults;
import org.healthcareershub.trainings.TrainingSearch;
import org.healthcareershub.trainings.TrainingView;
import org.healthcareershub.web.ParameterProblems;
import org.healthcareershub.web.Site;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public JSON API for the training catalog, with the same parameters as the /trainings page. */
@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "Trainings", description = "Search the training catalog and read programs")
class TrainingApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final TrainingCatalog catalog;
    private final SearchFormReader reader;
    private final MessageSource messages;
    private final Site site;

    TrainingApiController(TrainingCatalog catalog, SearchFormReader reader, MessageSource messages, Site site) {
        this.catalog = catalog;
        this.reader = reader;
        this.messages = messages;
        this.site = site;
    }

    record Page(
            int page,
            int pageSize,
            long total,
            int pageCount,
            List<Item> items,
            TrainingFacets facets,
            String place,
            boolean placeGuessed) {}

    record Item(
            long id,
            String url,
            String title,
            String provider,
            String credentialType,
            DeliveryMode deliveryMode,
            Integer lengthHours,
            Integer lengthWeeks,
            String cost,
            String city,
            String state,
            Double distanceMiles,
            List<String> schedules,
            List<String> jobTitles,
            boolean featured,
            boolean sample) {

        static Item of(TrainingHit h) {
            return new Item(
                    h.id(),
                    "/trainings/" + h.id(),
                    h.title(),
                    h.provider(),
                    h.credentialType().name(),
                    h.deliveryMode(),
                    h.lengthHours(),
                    h.lengthWeeks(),
                    h.cost().toString(),
                    h.city(),
                    h.state(),
                    h.distanceMiles() == null ? null : Math.round(h.distanceMiles() * 10) / 10.0,
                    h.schedules().stream().map(Enum::name).sorted().toList(),
                    h.jobTitles(),
                    h.featured(),
                    h.sample());
        }
    }

    @GetMapping(produces = "application/json")
    @Operation(
            operationId = "searchTrainings",
            summary = "Search programs",
            description = "Free text with typo tolerance, filters, distance from a ZIP or \"City, ST\", sorting and"
                    + " paging. Facet counts say how many results each filter value would give. A bad parameter"
                    + " answers 400 with a problem detail naming each field.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "A page of programs")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; errors names each one")
    ResponseEntity<?> search(
            @Parameter(description = "Keywords, at most 200 characters") @RequestParam(required = false) String q,
            @Parameter(description = "CERTIFICATE, DEGREE, CERTIFICATION, PROFESSIONAL_DEVELOPMENT, APPRENTICESHIP")
                    @RequestParam(required = false)
                    List<String> type,
            @Parameter(description = "IN_PERSON, ONLINE, HYBRID, UNKNOWN (format not known)")
                    @RequestParam(required = false)
                    List<String> mode,
            @Parameter(description = "DAYTIME, EVENINGS, WEEKENDS, SELF_PACED") @RequestParam(required = false)
                    List<String> schedule,
            @Parameter(description = "free, or a dollar amount: programs under it") @RequestParam(required = false)
                    String cost,
            @Parameter(description = "Career slug, e.g. care-coordination-and-care-management")
                    @RequestParam(required = false)
                    String career,
            @Parameter(description = "A 5-digit ZIP, ZIP+4 or \"City, ST\"") @RequestParam(required = false)
                    String near,
            @Parameter(description = "Miles from near, 1 to 250 (default 25)") @RequestParam(required = false)
                    String radius,
            @Parameter(description = "include (default) or exclude online programs when near is set")
                    @RequestParam(required = false)
                    String online,
            @Parameter(description = "RELEVANCE, DISTANCE, COST, LENGTH") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Results per page, 1 to 100 (default 10)") @RequestParam(required = false)
                    Integer size,
            Locale locale) {
        SearchForm form = new SearchForm(q, type, mode, schedule, cost, career, near, radius, online, sort, page);
        int pageSize = size == null ? TrainingSearch.DEFAULT_PAGE_SIZE : Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        SearchFormReader.Result read = reader.read(form, pageSize);
        if (!read.errors().isEmpty()) {
            return ParameterProblems.badRequest(read.errors(), messages, locale);
        }
        TrainingResults results = catalog.search(read.search());
        return ResponseEntity.ok(new Page(
                results.page(),
                results.pageSize(),
                results.total(),
                results.pageCount(),
                results.hits().stream().map(Item::of).toList(),
                results.facets(),
                read.place() == null ? null : read.place().label(),
                read.place() != null && read.place().ambiguous()));
    }

    @GetMapping(value = "/{id}", produces = "application/json")
    @Operation(
            operationId = "getTraining",
            summary = "Read one published program",
            description = "404 when no published program has this id.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The program")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No published program has this id")
    TrainingView show(@PathVariable long id) {
        return catalog.view(id);
    }

    @GetMapping(
            value = "/ctdl",
            produces = {"application/ld+json", "application/json"})
    @Operation(
            operationId = "exportTrainingsAsCtdl",
            summary = "Export every published program as Credential Engine CTDL JSON-LD",
            description = "A JSON-LD graph of ceterms:LearningProgram resources (https://credreg.net/ctdl/terms).")
    Map<String, Object> ctdlAll() {
        return CtdlExport.graph(catalog.published(), site);
    }

    @GetMapping(
            value = "/{id}/ctdl",
            produces = {"application/ld+json", "application/json"})
    @Operation(
            operationId = "exportTrainingAsCtdl",
            summary = "Export one published program as Credential Engine CTDL JSON-LD")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "A graph of one program")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No published program has this id")
    Map<String, Object> ctdlOne(@PathVariable long id) {
        return CtdlExport.graph(List.of(catalog.view(id)), site);
    }
}
