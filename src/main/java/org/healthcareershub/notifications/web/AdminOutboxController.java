package org.healthcareershub.notifications.web;

import java.util.List;
import org.healthcareershub.notifications.domain.Outbox;
import org.healthcareershub.web.AdminSection;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Staff see outgoing mail: what was sent, what waits for a retry, and what was kept with no SMTP host. */
@Controller
class AdminOutboxController implements AdminSection {

    private final Outbox outbox;

    AdminOutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String list(Model model) {
        model.addAttribute("mails", outbox.recent(100));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("admin.title", "/admin"), Breadcrumb.page("admin.outbox.title")));
        return "notifications/outbox";
    }

    @Override
    public String titleKey() {
        return "admin.outbox.title";
    }

    @Override
    public String descriptionKey() {
        return "admin.outbox.description";
    }

    @Override
    public String href() {
        return "/admin/outbox";
    }
}
