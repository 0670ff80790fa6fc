package org.healthcareershub.accounts.web;

import java.util.Set;
import java.util.function.Supplier;
import org.healthcareershub.accounts.domain.SavedItem;

/**
 * What the save buttons of trainings and employers pages need: whether someone is signed in, whether an
 * item is saved, and the page to come back to. The saved items are read once, on first use, so pages
 * without save buttons cost nothing.
 */
public final class SavedKeys {

    private final boolean signedIn;
    private final String here;
    private final Supplier<Set<String>> loader;
    private Set<String> tokens;

    SavedKeys(boolean signedIn, String here, Supplier<Set<String>> loader) {
        this.signedIn = signedIn;
        this.here = here;
        this.loader = loader;
    }

    static SavedKeys anonymous(String here) {
        return new SavedKeys(false, here, Set::of);
    }

    public boolean signedIn() {
        return signedIn;
    }

    /** The page being shown (path and query), where a save button brings the person back. */
    public String here() {
        return here;
    }

    public boolean contains(String kind, Object key) {
        if (!signedIn || key == null) {
            return false;
        }
        if (tokens == null) {
            tokens = loader.get();
        }
        return SavedItem.Kind.fromCode(kind)
                .map(k -> tokens.contains(SavedItem.token(k, key.toString())))
                .orElse(false);
    }
}
