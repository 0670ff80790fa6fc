package org.healthcareershub.employers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerProfile;
import org.healthcareershub.employers.EmployerResults;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.web.ParameterProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public JSON API for the employer directory, with the same parameters as the /employers page. */
@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers", description = "Search verified employers and read their profiles")
class EmployerApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final EmployerDirectory directory;
    private final EmployerSearchFormReader reader;
    private final MessageSource messages;

    EmployerApiController(EmployerDirectory directory, EmployerSearchFormReader reader, MessageSource messages) {
        this.directory = directory;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping(produces = "application/json")
    @Operation(
            operationId = "searchEmployers",
            summary = "Search verified employers",
            description = "Text, setting types, career, region and a radius around a ZIP or \"City, ST\" (nearest"
                    + " site first), paged, with facet counts. A bad parameter answers 400 naming each field.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "A page of employers")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; errors names each one")
    ResponseEntity<?> search(
            @Parameter(description = "Name or keywords") @RequestParam(required = false) String q,
            @Parameter(description = "Setting type codes, e.g. hospital, health-home") @RequestParam(required = false)
                    List<String> setting,
            @Parameter(description = "Career slug") @RequestParam(required = false) String career,
            @Parameter(description = "One of the ten New York regions") @RequestParam(required = false) String region,
            @Parameter(description = "A 5-digit ZIP, ZIP+4 or \"City, ST\"") @RequestParam(required = false)
                    String near,
            @Parameter(description = "Miles from near, 1 to 250 (default 25)") @RequestParam(required = false)
                    String radius,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Results per page, 1 to 100 (default 10)") @RequestParam(required = false)
                    Integer size,
            Locale locale) {
        EmployerSearchForm form = new EmployerSearchForm(q, setting, career, region, near, radius, page);
        int pageSize = size == null ? EmployerSearch.DEFAULT_PAGE_SIZE : Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        EmployerSearchFormReader.Result read = reader.read(form, pageSize);
        if (!read.errors().isEmpty()) {
            return ParameterProblems.badRequest(read.errors(), messages, locale);
        }
        EmployerResults results = directory.search(read.search());
        return ResponseEntity.ok(results);
    }

    @GetMapping(value = "/{slug}", produces = "application/json")
    @Operation(
            operationId = "getEmployer",
            summary = "Read a verified employer's profile",
            description = "404 for any other employer.")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The employer's profile")
    @ApiResponse(responseCode = "404", description = "No verified employer has this slug")
    EmployerProfile show(@PathVariable String slug) {
        return directory.profile(slug);
    }
}
