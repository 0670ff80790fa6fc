package org.healthcareershub.careers.web;

import java.util.List;
import java.util.Locale;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.CachedPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CareerCatalog catalog;

    HomeController(CareerCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    @CachedPage
    String home(Locale locale, Model model) {
        model.addAttribute("careers", catalog.list(locale, null));
        return "careers/home";
    }

    @GetMapping("/get-started")
    @CachedPage
    String getStarted(Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("getStarted.title")));
        model.addAttribute("choices", GetStartedChoice.general());
        return "careers/get-started";
    }
}
