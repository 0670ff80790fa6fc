package org.healthcareershub.talent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.talent.Outreach;
import org.healthcareershub.web.Breadcrumb;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seeker's inbox at /account/inbox: the messages organizations sent them, each with a reply form (sharing
 * only the contact details ticked), a way to decline and one to block the organization; whether the email
 * notice carries the message; and the organizations they blocked. Another account's message is not found.
 */
@Controller
class InboxController {

    private final Outreach outreach;

    InboxController(Outreach outreach) {
        this.outreach = outreach;
    }

    @GetMapping(Outreach.INBOX_PATH)
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("messages", outreach.inbox(me.id()));
        model.addAttribute("noticeWithBody", outreach.noticeWithBody(me.id()));
        model.addAttribute("blocked", outreach.blockedOrganizations(me.id()));
        model.addAttribute(
                "breadcrumbs",
                List.of(Breadcrumb.link("account.title", "/account"), Breadcrumb.page("talent.inbox.title")));
        return "talent/inbox";
    }

    @GetMapping(Outreach.INBOX_PATH + "/{id:\\d{1,18}}")
    String show(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, Model model) {
        return page(me, outreach.open(me.id(), id), ReplyToMessageForm.empty(), new FieldErrors(), model);
    }

    @PostMapping(Outreach.INBOX_PATH + "/{id:\\d{1,18}}/reply")
    String reply(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable long id,
            @ModelAttribute ReplyToMessageForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FieldErrors errors = PlainText.check(form);
        Optional<FieldErrors> replied =
                errors.isEmpty() ? outreach.reply(me.id(), id, form.input()) : Optional.of(errors);
        if (replied.isEmpty()) {
            redirect.addFlashAttribute("notice", "talent.inbox.answeredAlready");
        } else if (!replied.get().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me, outreach.open(me.id(), id), form, replied.get(), model);
        } else {
            redirect.addFlashAttribute("notice", "talent.inbox.replied");
        }
        return "redirect:" + Outreach.INBOX_PATH + "/" + id;
    }

    @PostMapping(Outreach.INBOX_PATH + "/{id:\\d{1,18}}/decline")
    String decline(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        boolean declined = outreach.decline(me.id(), id);
        redirect.addFlashAttribute("notice", declined ? "talent.inbox.declined" : "talent.inbox.answeredAlready");
        return "redirect:" + Outreach.INBOX_PATH + "/" + id;
    }

    @PostMapping(Outreach.INBOX_PATH + "/{id:\\d{1,18}}/block")
    String block(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        outreach.block(me.id(), id);
        redirect.addFlashAttribute("notice", "talent.inbox.blocked");
        return "redirect:" + Outreach.INBOX_PATH + "#blocked";
    }

    @PostMapping(Outreach.INBOX_PATH + "/blocked/{organizationId:\\d{1,18}}/unblock")
    String unblock(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable long organizationId,
            RedirectAttributes redirect) {
        outreach.unblock(me.id(), organizationId);
        redirect.addFlashAttribute("notice", "talent.inbox.unblocked");
        return "redirect:" + Outreach.INBOX_PATH + "#blocked";
    }

    @PostMapping(Outreach.INBOX_PATH + "/notices")
    String notices(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(required = false) String noticeWithBody,
            RedirectAttributes redirect) {
        boolean withBody = "true".equals(noticeWithBody);
        outreach.setNoticeWithBody(me.id(), withBody);
        redirect.addFlashAttribute("notice", withBody ? "talent.inbox.notices.withBody" : "talent.inbox.notices.short");
        return "redirect:" + Outreach.INBOX_PATH + "#notices";
    }

    /** The seeker answered in another tab at the same moment: the message shows where it stands. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    String changedMeanwhile(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "talent.inbox.answeredAlready");
        return "redirect:" + Outreach.INBOX_PATH;
    }

    private String page(
            SignedInAccount me,
            Outreach.MessageView message,
            ReplyToMessageForm form,
            FieldErrors errors,
            Model model) {
        model.addAttribute("message", message);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("email", me.email());
        model.addAttribute("blocked", outreach.blocked(me.id(), message.organizationId()));
        model.addAttribute("maxReply", org.healthcareershub.talent.domain.OutreachRules.MAX_REPLY);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.link("account.title", "/account"),
                        Breadcrumb.link("talent.inbox.title", Outreach.INBOX_PATH),
                        Breadcrumb.current(message.subject())));
        return "talent/inbox-message";
    }
}
