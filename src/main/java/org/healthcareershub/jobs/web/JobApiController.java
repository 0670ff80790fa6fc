package org.healthcareershub.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobFacets;
import org.healthcareershub.jobs.JobHit;
import org.healthcareershub.jobs.JobResults;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.web.ParameterProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public JSON API for the job board, with the same parameters and checks as the /jobs page. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Search open job postings and read one")
class JobApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final JobBoard board;
    private final JobSearchFormReader reader;
    private final MessageSource messages;

    JobApiController(JobBoard board, JobSearchFormReader reader, MessageSource messages) {
        this.board = board;
        this.reader = reader;
        this.messages = messages;
    }

    record Page(
            int page,
            int pageSize,
            long total,
            int pageCount,
            List<Item> items,
            JobFacets facets,
            String place,
            boolean placeGuessed) {}

    /** Pay is given as the posting gives it and on the yearly scale (an hour counts 1/2,080 of a year). */
    record Pay(BigDecimal min, BigDecimal max, String unit, BigDecimal yearlyMin, BigDecimal yearlyMax) {}

    record Item(
            long id,
            String url,
            String title,
            String organization,
            String organizationUrl,
            String career,
            String jobTitle,
            String workplace,
            String city,
            String region,
            Double distanceMiles,
            String employmentType,
            List<String> schedules,
            Pay pay,
            List<String> languages,
            Instant datePosted,
            LocalDate closingDate,
            boolean sample) {

        static Item of(JobHit h) {
            return new Item(
                    h.id(),
                    "/jobs/" + h.id(),
                    h.title(),
                    h.employerName(),
                    "/employers/" + h.employerSlug(),
                    h.careerSlug(),
                    h.jobTitle(),
                    h.workplace().name(),
                    h.city(),
                    h.region(),
                    h.distanceMiles() == null ? null : Math.round(h.distanceMiles() * 10) / 10.0,
                    h.employmentType().name(),
                    h.schedules().stream().map(Enum::name).sorted().toList(),
                    new Pay(
                            h.pay().min(),
                            h.pay().max(),
                            h.pay().unit().name(),
                            h.pay().yearlyMin(),
                            h.pay().yearlyMax()),
                    h.languages().stream().map(Enum::name).sorted().toList(),
                    h.publishedAt(),
                    h.closingDate(),
                    h.sample());
        }
    }

    @GetMapping(produces = "application/json")
    @Operation(
            operationId = "searchJobs",
            summary = "Search open job postings",
            description = "Free text with typo tolerance, filters, distance from a ZIP or \"City, ST\", a minimum"
                    + " yearly pay (hourly ranges count 2,080 hours a year), sorting and paging. Facet counts say"
                    + " how many results each filter value would give. A bad parameter answers 400 with a problem"
                    + " detail naming each field.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "A page of postings")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; errors names each one")
    ResponseEntity<?> search(
            @Parameter(description = "Keywords, at most 200 characters") @RequestParam(required = false) String q,
            @Parameter(description = "A 5-digit ZIP, ZIP+4 or \"City, ST\"") @RequestParam(required = false)
                    String near,
            @Parameter(description = "Miles from near, 1 to 250 (default 25)") @RequestParam(required = false)
                    String radius,
            @Parameter(description = "Career slug, e.g. care-coordination-and-care-management")
                    @RequestParam(required = false)
                    String career,
            @Parameter(description = "Organization slug") @RequestParam(required = false) String employer,
            @Parameter(description = "FULL_TIME, PART_TIME, PER_DIEM, TEMPORARY") @RequestParam(required = false)
                    List<String> type,
            @Parameter(description = "DAYS, EVENINGS, NIGHTS, WEEKENDS, ROTATING") @RequestParam(required = false)
                    List<String> schedule,
            @Parameter(description = "SPANISH, CHINESE, RUSSIAN, HAITIAN_CREOLE, ... (see JobLanguage)")
                    @RequestParam(required = false)
                    List<String> language,
            @Parameter(description = "Dollars a year the pay range starts at or above, up to 1,000,000")
                    @RequestParam(required = false)
                    String minPay,
            @Parameter(description = "Posted within this many days, 1 to 90") @RequestParam(required = false)
                    String posted,
            @Parameter(description = "RELEVANCE, DISTANCE, NEWEST, PAY") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Results per page, 1 to 100 (default 10)") @RequestParam(required = false)
                    Integer size,
            Locale locale) {
        JobSearchForm form = new JobSearchForm(
                q, near, radius, career, employer, type, schedule, language, minPay, posted, sort, page);
        int pageSize = size == null ? JobSearch.DEFAULT_PAGE_SIZE : Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        JobSearchFormReader.Result read = reader.read(form, pageSize);
        if (!read.errors().isEmpty()) {
            return ParameterProblems.badRequest(read.errors(), messages, locale);
        }
        JobResults results = board.search(read.search());
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
            operationId = "getJob",
            summary = "Read one posting",
            description = "An open posting; 410 for one that expired or was closed; 404 when none was published.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The posting")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No published posting has this id")
    @ApiResponse(responseCode = "410", description = "The posting expired or was closed")
    ResponseEntity<?> show(@PathVariable long id) {
        JobView job = board.view(id);
        if (job.gone()) {
            ProblemDetail gone = ProblemDetail.forStatusAndDetail(
                    HttpStatus.GONE, "This posting " + job.status().name().toLowerCase(Locale.ROOT) + ".");
            gone.setProperty("status", job.status().name());
            if (job.closeReason() != null) {
                gone.setProperty("closeReason", job.closeReason().name());
            }
            gone.setProperty("closingDate", job.closingDate().toString());
            return ResponseEntity.status(HttpStatus.GONE).body(gone);
        }
        return ResponseEntity.ok(job);
    }
}
