package org.healthcareershub.search;

import java.util.Arrays;
import java.util.List;

/**
 * How far a searched word may be misspelled: one edit (a letter added, dropped, changed or two swapped)
 * in a word of up to 5 characters, two in a longer one; the first letter must be right. Short words get
 * one because two edits match almost anything anyway (and an automaton for two edits costs many times one
 * for one). {@link SearchVocabulary} finds the indexed words within this allowance.
 */
public final class TypoTolerance {

    static final int SHORT_WORD = 5;

    /** Letters at the start of a word that a typo never changes. */
    static final int EXACT_PREFIX = 1;

    private TypoTolerance() {}

    public static int maxEdits(String word) {
        return word.length() <= SHORT_WORD ? 1 : 2;
    }

    /** The words of a searched text: what lies between spaces. */
    public static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
