package org.healthcareershub.talent.web;

import org.healthcareershub.accounts.AccountSection;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.talent.Outreach;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The account home's link to a seeker's inbox of messages from organizations. */
@Component
@Order(20)
class InboxAccountSection implements AccountSection {

    @Override
    public String titleKey() {
        return "talent.inbox.portalTitle";
    }

    @Override
    public String descriptionKey() {
        return "talent.inbox.portalDescription";
    }

    @Override
    public String href() {
        return Outreach.INBOX_PATH;
    }

    @Override
    public boolean offeredTo(Role role) {
        return role == Role.SEEKER;
    }
}
