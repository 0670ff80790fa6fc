package org.healthcareershub.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How a JSON API answers parameters with problems: a 400 problem detail whose {@code errors} names each
 * field with its problem in the request's language, the same wording the search page shows next to that
 * field, because both read the parameters through the same reader into {@link FieldErrors}.
 */
public final class ParameterProblems {

    private ParameterProblems() {}

    public static ResponseEntity<ProblemDetail> badRequest(FieldErrors errors, MessageSource messages, Locale locale) {
        Map<String, String> translated = new LinkedHashMap<>();
        errors.asMap()
                .forEach((field, problem) -> translated.put(
                        field, messages.getMessage(problem.key(), problem.args(), problem.key(), locale)));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some parameters are invalid.");
        body.setProperty("errors", translated);
        return ResponseEntity.badRequest().body(body);
    }
}
