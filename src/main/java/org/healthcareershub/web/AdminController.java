package org.healthcareershub.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminController {

    private final List<AdminSection> sections;

    AdminController(List<AdminSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("sections", sections);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("admin.title")));
        return "web/admin";
    }
}
