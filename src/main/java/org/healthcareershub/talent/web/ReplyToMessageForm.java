package org.healthcareershub.talent.web;

import org.healthcareershub.talent.domain.OutreachRules;
import org.healthcareershub.web.PlainText;

/** A seeker's reply: the text, and which contact details to share (a phone number only as typed here). */
record ReplyToMessageForm(@PlainText.MultiLine String reply, Boolean shareEmail, Boolean sharePhone, String phone) {

    static ReplyToMessageForm empty() {
        return new ReplyToMessageForm(null, false, false, null);
    }

    OutreachRules.ReplyInput input() {
        return new OutreachRules.ReplyInput(
                reply, Boolean.TRUE.equals(shareEmail), Boolean.TRUE.equals(sharePhone), phone);
    }
}
