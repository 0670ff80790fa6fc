package org.healthcareershub.accounts.web;

import java.util.Map;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.SavedItem;
import org.healthcareershub.accounts.domain.Shortlist;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The save buttons on trainings and employers. With htmx the answer is the button alone, in its new
 * state; without JavaScript the form posts and the person goes back to the page they were on.
 */
@Controller
class SavedItemController {

    private final Shortlist shortlist;
    private final SavedEntries entries;

    SavedItemController(Shortlist shortlist, SavedEntries entries) {
        this.shortlist = shortlist;
        this.entries = entries;
    }

    @PostMapping("/account/saved")
    ModelAndView toggle(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = ReturnPath.FALLBACK) String returnTo,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        SavedItem.Kind itemKind = SavedItem.Kind.fromCode(kind)
                .filter(k -> k.accepts(key))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String title = null;
        if ("remove".equals(action)) {
            shortlist.remove(me.id(), itemKind, key);
        } else {
            title = entries.find(itemKind, key)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                    .title();
            shortlist.save(me.id(), itemKind, key);
        }
        String back = ReturnPath.safe(returnTo);
        if (htmx == null) {
            RedirectView redirect = new RedirectView(back + "#save-" + kind + "-" + key, true);
            redirect.setExpandUriTemplateVariables(false);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        if (title == null) {
            title = entries.find(itemKind, key).map(SavedEntries.Entry::title).orElse(key);
        }
        return new ModelAndView(
                "web/save :: button",
                Map.of(
                        "kind", kind,
                        "key", key,
                        "label", title,
                        "savedKeys", new SavedKeys(true, back, () -> shortlist.tokens(me.id()))));
    }

    /** The "Save" link anonymous people follow: it asks them to sign in, then takes them back. */
    @GetMapping("/account/save")
    RedirectView signedInToSave(@RequestParam(defaultValue = ReturnPath.FALLBACK) String returnTo) {
        RedirectView redirect = new RedirectView(ReturnPath.safe(returnTo), true);
        redirect.setExpandUriTemplateVariables(false);
        return redirect;
    }
}
