package org.healthcareershub.accounts.web;

import java.util.List;
import org.healthcareershub.accounts.AuditLog;
import org.healthcareershub.web.AdminSection;
import org.healthcareershub.web.Breadcrumb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of staff actions, newest first. */
@Controller
class AdminAuditController implements AdminSection {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("rows", audit.recent(page - 1, PAGE_SIZE));
        model.addAttribute(
                "breadcrumbs", List.of(Breadcrumb.link("admin.title", "/admin"), Breadcrumb.page("admin.audit.title")));
        return "accounts/admin/audit";
    }

    @Override
    public String titleKey() {
        return "admin.audit.title";
    }

    @Override
    public String descriptionKey() {
        return "admin.audit.description";
    }

    @Override
    public String href() {
        return "/admin/audit";
    }
}
