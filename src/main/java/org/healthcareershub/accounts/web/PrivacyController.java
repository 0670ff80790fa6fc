package org.healthcareershub.accounts.web;

import java.util.List;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.SitemapContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /privacy: what the portal stores about people, why, for how long, who sees it, and how to take it back. */
@Controller
class PrivacyController implements SitemapContributor {

    static final List<String> SECTIONS = List.of("store", "why", "howLong", "whoSees", "choices", "contact");

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("sections", SECTIONS);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("privacy.title")));
        return "accounts/privacy";
    }

    @Override
    public List<String> sitemapPaths() {
        return List.of("/privacy");
    }
}
