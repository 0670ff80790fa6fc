package org.healthcareershub.careers.web;

import org.healthcareershub.web.AdminSection;
import org.springframework.stereotype.Component;

@Component
class WageAdminSection implements AdminSection {

    @Override
    public String titleKey() {
        return "admin.wages.title";
    }

    @Override
    public String descriptionKey() {
        return "admin.wages.description";
    }

    @Override
    public String href() {
        return AdminWageController.PATH;
    }
}
