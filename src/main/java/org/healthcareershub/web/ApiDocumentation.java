package org.healthcareershub.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public API's OpenAPI document ({@code /v3/api-docs}): who runs the API, its version and license from
 * the settings, no security requirement (the API is public), and one error body, a problem detail
 * ({@code Problem}), for every 4xx answer an operation declares. Operations declare the answers they give
 * with {@code @ApiResponse(responseCode = "400" | "404")} and a readable {@code operationId}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI hubOpenApi(SiteProperties site, ApiProperties api) {
        Contact contact = new Contact()
                .name(site.organization().isBlank() ? site.name() : site.organization())
                .url(site.baseUrl().toString());
        if (api.contactEmail() != null && !api.contactEmail().isBlank()) {
            contact.email(api.contactEmail());
        }
        return new OpenAPI()
                .info(new Info()
                        .title(site.name() + " API")
                        .version(api.version())
                        .description("Read-only public data of " + site.name() + ", the " + site.region()
                                + " health-careers portal: search the training catalog and the employer directory"
                                + " with the same parameters as the pages, read one program or employer, and export"
                                + " programs as Credential Engine CTDL JSON-LD. No key or sign-in is needed. A bad"
                                + " parameter answers 400 and a missing record 404, both as a problem detail"
                                + " (RFC 9457).")
                        .contact(contact)
                        .license(new License()
                                .name(api.licenseName())
                                .url(api.licenseUrl().toString())))
                .servers(List.of(new Server().url(site.baseUrl().toString())))
                .security(List.of());
    }

    /** Gives every declared 4xx answer the problem-detail body, so no operation describes its errors twice. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.setSecurity(List.of());
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().stream()
                    .flatMap(path -> path.readOperations().stream())
                    .flatMap(operation -> operation.getResponses().entrySet().stream())
                    .filter(response -> response.getKey().startsWith("4"))
                    .map(java.util.Map.Entry::getValue)
                    .forEach(ApiDocumentation::problemBody);
        };
    }

    private static void problemBody(ApiResponse response) {
        response.setContent(new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return typed("object", "A problem detail (RFC 9457)")
                .addProperty("type", typed("string", "A URI naming the kind of problem"))
                .addProperty("title", typed("string", "The HTTP status in words"))
                .addProperty("status", typed("integer", "The HTTP status code"))
                .addProperty("detail", typed("string", "What went wrong"))
                .addProperty("instance", typed("string", "The request path"))
                .addProperty(
                        "errors",
                        typed("object", "For a 400: each invalid parameter and what is wrong with it")
                                .additionalProperties(typed("string", null)));
    }

    /** A schema of one JSON type, written so that both OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) keep it. */
    private static Schema<Object> typed(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new java.util.LinkedHashSet<>(List.of(type)));
        schema.setDescription(description);
        return schema;
    }

    /**
     * Answers the API's errors with the problem detail its document promises (pages keep their error pages):
     * a missing record (any exception marked {@code @ResponseStatus}) and a parameter of the wrong type.
     */
    @RestControllerAdvice(annotations = RestController.class)
    static class ApiErrors {

        @ExceptionHandler(MethodArgumentTypeMismatchException.class)
        ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some parameters are invalid.");
            problem.setProperty("errors", java.util.Map.of(e.getName(), "Not a valid value."));
            return problem;
        }

        @ExceptionHandler
        org.springframework.http.ResponseEntity<ProblemDetail> marked(RuntimeException e) throws RuntimeException {
            ResponseStatus status = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(
                    e.getClass(), ResponseStatus.class);
            if (status == null || e instanceof ErrorResponse) {
                throw e;
            }
            HttpStatus code = status.code();
            return org.springframework.http.ResponseEntity.status(code)
                    .body(ProblemDetail.forStatusAndDetail(code, code.getReasonPhrase() + "."));
        }
    }
}
