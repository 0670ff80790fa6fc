package org.healthcareershub.employers.web;

import java.util.List;
import java.util.Map;
import org.healthcareershub.employers.EmployerOpenings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the organization's open postings on its public page. Kept apart from {@link EmployerController}
 * because the postings come from whichever module implements {@link EmployerOpenings} (the job board).
 */
@ControllerAdvice(assignableTypes = EmployerController.class)
class EmployerOpeningsAdvice {

    static final int LIMIT = 20;

    private final ObjectProvider<EmployerOpenings> openings;

    EmployerOpeningsAdvice(ObjectProvider<EmployerOpenings> openings) {
        this.openings = openings;
    }

    @ModelAttribute("openings")
    List<EmployerOpenings.Opening> openings(jakarta.servlet.http.HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> map) || !(map.get("slug") instanceof String slug)) {
            return List.of();
        }
        EmployerOpenings source = openings.getIfAvailable();
        return source == null ? List.of() : source.openingsOf(slug, LIMIT);
    }
}
