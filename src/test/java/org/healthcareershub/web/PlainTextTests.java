package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.web.PlainText.Kind.MULTI_LINE;
import static org.healthcareershub.web.PlainText.Kind.PASSWORD;
import static org.healthcareershub.web.PlainText.Kind.SINGLE_LINE;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ana María Muñoz",
                "José Ñúñez-Çelik",
                "Zoë O'Brien",
                "דוד כהן\u200F",
                "مرحبا\u200F بالعالم",
                "abc\u200Edef",
                "😀 Care team 👩🏽‍⚕️",
                "日本語のテキスト",
                "Ω≈ç√∫µ≤≥÷ ＦＵＬＬ",
                "zero\u200Bwidth\u200Djoiner\uFEFF",
                "𝕳𝖊𝖆𝖑𝖙𝖍",
                "\uFFFD"
            })
    void acceptsTextOfEveryScriptWithItsMarksAndEmoji(String text) {
        assertThat(PlainText.problem(text, SINGLE_LINE)).isEmpty();
        assertThat(PlainText.problem(text, MULTI_LINE)).isEmpty();
        assertThat(PlainText.shown(text)).isSameAs(text);
        assertThat(PlainText.oneLine(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000b",
                "a\u0001b",
                "a\u0007b",
                "a\u001Bb",
                "a\u000Bb",
                "a\u000Cb",
                "a\u007Fb",
                "a\u0080b",
                "a\u0085b",
                "a\u009Fb",
                "a\u202Ab",
                "a\u202Bb",
                "a\u202Cb",
                "a\u202Db",
                "a\u202Eb",
                "a\u2066b",
                "a\u2067b",
                "a\u2068b",
                "a\u2069b",
                "a\uD800b",
                "a\uDC00b",
                "a\uFFFEb",
                "a\uFFFFb",
                "a\uFDD0b",
                "a\uD83F\uDFFFb"
            })
    void refusesControlTextDirectionAndNonCharactersInEveryKindOfText(String text) {
        assertThat(PlainText.problem(text, SINGLE_LINE)).contains(PlainText.UNUSABLE);
        assertThat(PlainText.problem(text, MULTI_LINE)).contains(PlainText.UNUSABLE);
        assertThat(PlainText.shown(text)).isEqualTo("a\uFFFDb");
        assertThat(PlainText.oneLine(text)).isEqualTo("a b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\r\nb", "a\u2028b", "a\u2029b"})
    void aLineBreakIsRefusedInOneLineAndKeptAsLfInSeveral(String text) {
        assertThat(PlainText.problem(text, SINGLE_LINE)).contains(PlainText.LINE_BREAK);
        assertThat(PlainText.problem(text, MULTI_LINE)).isEmpty();
        assertThat(PlainText.normalized(text, MULTI_LINE)).isEqualTo("a\nb");
        assertThat(PlainText.oneLine(text)).matches("a {1,2}b");
    }

    @Test
    void aTabIsRefusedInOneLineAndBecomesASpaceInSeveral() {
        assertThat(PlainText.problem("a\tb", SINGLE_LINE)).contains(PlainText.UNUSABLE);
        assertThat(PlainText.problem("a\tb", MULTI_LINE)).isEmpty();
        assertThat(PlainText.normalized("a\tb", MULTI_LINE)).isEqualTo("a b");
        assertThat(PlainText.normalized("a\tb", SINGLE_LINE)).isEqualTo("a\tb");
    }

    @Test
    void aCharacterProblemWinsOverALineBreak() {
        assertThat(PlainText.problem("a\nb\u0000", SINGLE_LINE)).contains(PlainText.UNUSABLE);
    }

    @Test
    void aPasswordRefusesOnlyNul() {
        assertThat(PlainText.problem("correct\u0000horse", PASSWORD)).contains(PlainText.PASSWORD_NUL);
        assertThat(PlainText.problem("tab\there\u202Eand\nmore", PASSWORD)).isEmpty();
    }

    @Test
    void nullIsNoProblem() {
        assertThat(PlainText.problem(null, SINGLE_LINE)).isEmpty();
        assertThat(PlainText.shown(null)).isNull();
        assertThat(PlainText.oneLine(null)).isNull();
        assertThat(PlainText.normalized(null, MULTI_LINE)).isNull();
    }

    @Test
    void shownKeepsLineBreaksAndTabsOfStoredText() {
        assertThat(PlainText.shown("Dear staff,\r\n\tthanks\u0000")).isEqualTo("Dear staff,\r\n\tthanks\uFFFD");
    }

    record Form(
            String name,
            @PlainText.MultiLine String message,
            @PlainText.Password String password,
            List<String> choices,
            Integer count,
            Optional<String> other) {}

    @Test
    void checksEveryTextComponentOfAFormByItsKind() {
        FieldErrors errors = PlainText.check(new Form(
                "Ana\r\nBcc: x@example.com",
                "Hello,\r\nthere",
                "pass\tword\u202E",
                List.of("ok", "b\u0000d"),
                3,
                null));
        assertThat(errors.asMap()).containsOnlyKeys("name", "choices");
        assertThat(errors.get("name").key()).isEqualTo(PlainText.LINE_BREAK);
        assertThat(errors.get("choices").key()).isEqualTo(PlainText.UNUSABLE);

        FieldErrors more = PlainText.check(new Form("Ana", "Hi\u202Ethere", "pass\u0000word", List.of(), null, null));
        assertThat(more.get("message").key()).isEqualTo(PlainText.UNUSABLE);
        assertThat(more.get("password").key()).isEqualTo(PlainText.PASSWORD_NUL);
        assertThat(more.has("name")).isFalse();
    }

    @Test
    void aCleanFormHasNoProblems() {
        assertThat(PlainText.check(new Form(null, null, null, List.of(), null, null))
                        .isEmpty())
                .isTrue();
        assertThat(PlainText.check(new Form("Zoë 😀", "Line one\nline two", "a password", List.of("x"), 1, null))
                        .isEmpty())
                .isTrue();
    }
}
