package org.healthcareershub.talent.domain;

import java.util.Optional;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;

/**
 * The checks on what organizations and seekers write to each other: a message's subject (one line, at most
 * {@value #MAX_SUBJECT} characters) and body (plain text, at most {@value #MAX_BODY}), and a reply (at most
 * {@value #MAX_REPLY}) with, when the seeker shares it, a phone number. Text is plain: HTML in it is shown as
 * the characters typed, never as markup.
 */
public final class OutreachRules {

    public static final int MAX_SUBJECT = 150;
    public static final int MAX_BODY = 4000;
    public static final int MAX_REPLY = 2000;
    public static final int MAX_PHONE = 25;

    private OutreachRules() {}

    /** What an organization sends; {@code posting} is a posting id, or "general" / blank for a general message. */
    public record MessageInput(String posting, String subject, String body) {}

    /** What a seeker answers: the text, and whether to share their email and a phone number. */
    public record ReplyInput(String reply, boolean shareEmail, boolean sharePhone, String phone) {}

    /** A message as it will be stored: its posting id (null for a general one), subject and body. */
    public record Message(Long postingId, String subject, String body) {}

    /** A reply as it will be stored: the text and the phone number to share, if any. */
    public record Reply(String text, String phone) {}

    /** The message to store, or empty with the problems in {@code errors}. */
    public static Optional<Message> message(MessageInput in, FieldErrors errors) {
        Long postingId = null;
        String posting = in.posting() == null ? "" : in.posting().strip();
        if (!posting.isEmpty() && !posting.equals("general")) {
            if (posting.matches("\\d{1,18}")) {
                postingId = Long.parseLong(posting);
            } else {
                errors.add("posting", "talent.outreach.error.posting");
            }
        }
        String subject = text(in.subject(), PlainText.Kind.SINGLE_LINE, "subject", MAX_SUBJECT, errors);
        String body = text(in.body(), PlainText.Kind.MULTI_LINE, "body", MAX_BODY, errors);
        return errors.isEmpty() ? Optional.of(new Message(postingId, subject, body)) : Optional.empty();
    }

    /** The reply to store, or empty with the problems in {@code errors}. */
    public static Optional<Reply> reply(ReplyInput in, FieldErrors errors) {
        String text = text(in.reply(), PlainText.Kind.MULTI_LINE, "reply", MAX_REPLY, errors);
        String phone = null;
        if (in.sharePhone()) {
            String typed = in.phone() == null ? "" : in.phone().strip();
            if (typed.isEmpty()) {
                errors.add("phone", "talent.outreach.error.phone.missing");
            } else if (typed.length() > MAX_PHONE
                    || !typed.matches("[0-9 ()+.\\-]+")
                    || typed.replaceAll("\\D", "").length() < 7) {
                errors.add("phone", "talent.outreach.error.phone");
            } else {
                phone = typed;
            }
        }
        return errors.isEmpty() ? Optional.of(new Reply(text, phone)) : Optional.empty();
    }

    private static String text(String typed, PlainText.Kind kind, String field, int max, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, "talent.outreach.error." + field + ".missing");
            return null;
        }
        Optional<String> problem = PlainText.problem(typed, kind);
        if (problem.isPresent()) {
            errors.add(field, problem.get());
            return null;
        }
        String text = PlainText.normalized(typed, kind).strip();
        if (text.length() > max) {
            errors.add(field, "talent.outreach.error." + field + ".tooLong", max, text.length());
            return null;
        }
        return text;
    }
}
