package org.healthcareershub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.Shortlist;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link SavedKeys} in every model as {@code savedKeys}, so trainings and employers pages show
 * "Save" or "Saved" without depending on this module (templates/web/save.html draws the button).
 */
@ControllerAdvice
class SavedKeysModel {

    private final Shortlist shortlist;

    SavedKeysModel(Shortlist shortlist) {
        this.shortlist = shortlist;
    }

    @ModelAttribute("savedKeys")
    SavedKeys savedKeys(@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request) {
        String here = ReturnPath.of(request);
        return me == null ? SavedKeys.anonymous(here) : forAccount(me, here);
    }

    SavedKeys forAccount(SignedInAccount me, String here) {
        return new SavedKeys(true, here, () -> shortlist.tokens(me.id()));
    }
}
