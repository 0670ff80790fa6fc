package org.healthcareershub.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.page("signIn.title")));
        return "web/sign-in";
    }
}
