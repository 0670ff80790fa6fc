package org.healthcareershub.employers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerProfile;
import org.healthcareershub.employers.EmployerResults;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Lookup;
import org.healthcareershub.geo.Place;
import org.healthcareershub.geo.Radius;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

    private final EmployerDirectory directory;
    private final Geography geography;
    private final MessageSource messages;

    EmployerApiController(EmployerDirectory directory, Geography geography, MessageSource messages) {
        this.directory = directory;
        this.geography = geography;
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
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Results per page, 1 to 100 (default 10)") @RequestParam(defaultValue = "10")
                    int size,
            Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Place place = null;
        if (near != null && !near.isBlank()) {
            Lookup lookup = geography.lookup(near);
            if (lookup instanceof Lookup.Found found) {
                place = found.place();
            } else if (lookup instanceof Lookup.Invalid invalid) {
                errors.put("near", messages.getMessage(invalid.messageKey(), null, locale));
            } else if (lookup instanceof Lookup.Unknown unknown) {
                errors.put("near", messages.getMessage(unknown.messageKey(), null, locale));
            }
        }
        Radius miles = Radius.read(radius);
        if (!miles.isValid()) {
            errors.put("radius", messages.getMessage(miles.errorKey(), null, locale));
        }
        if (region != null && !region.isBlank() && !geography.regions().contains(region)) {
            errors.put(
                    "region",
                    messages.getMessage(
                            "employers.error.region", new Object[] {String.join(", ", geography.regions())}, locale));
        }
        if (!errors.isEmpty()) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some parameters are invalid.");
            problem.setProperty("errors", errors);
            return ResponseEntity.badRequest().body(problem);
        }
        EmployerResults results = directory.search(new EmployerSearch(
                q == null || q.length() <= 200 ? q : q.substring(0, 200),
                setting == null ? Set.of() : Set.copyOf(setting),
                career,
                region,
                place == null ? null : place.point(),
                miles.miles(),
                Math.max(1, Math.min(1000, page)),
                Math.max(1, Math.min(100, size))));
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
