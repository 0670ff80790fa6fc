package org.healthcareershub.trainings.web;

import org.healthcareershub.web.AdminSection;
import org.springframework.stereotype.Component;

@Component
class TrainingAdminSection implements AdminSection {

    @Override
    public String titleKey() {
        return "admin.trainings.title";
    }

    @Override
    public String descriptionKey() {
        return "admin.trainings.description";
    }

    @Override
    public String href() {
        return "/admin/trainings";
    }
}
