package org.healthcareershub.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Public routes whose features have not landed yet answer with a page that says so and links onward. */
@Controller
class ComingSoonController {

    @GetMapping("/jobs")
    String comingSoon(jakarta.servlet.http.HttpServletRequest request, Model model) {
        String feature =
                request.getRequestURI().substring(request.getContextPath().length() + 1);
        model.addAttribute("feature", feature);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("soon." + feature + ".title")));
        return "web/coming-soon";
    }
}
