package org.healthcareershub.talent.web;

import org.healthcareershub.talent.domain.OutreachRules;
import org.healthcareershub.web.PlainText;

/** An organization's message to a seeker: a posting id or "general", a subject and the message. */
record SendOpportunityForm(
        String posting, String subject, @PlainText.MultiLine String body) {

    static SendOpportunityForm empty() {
        return new SendOpportunityForm(null, null, null);
    }

    OutreachRules.MessageInput input() {
        return new OutreachRules.MessageInput(posting, subject, body);
    }
}
