package org.healthcareershub.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The one rule for which characters typed text may hold, whatever form it comes from. Text is plain:
 * letters, marks, digits, punctuation, symbols and emoji of any script are fine, and so are the
 * left-to-right and right-to-left marks (U+200E, U+200F) that right-to-left text needs. Refused, with a
 * message for the field:
 *
 * <ul>
 *   <li>control characters: C0 (U+0000 to U+001F, so NUL, TAB, CR and LF), DEL and C1 (U+007F to U+009F);
 *   <li>in single-line text, any line break: CR, LF, and the line and paragraph separators U+2028, U+2029;
 *   <li>the bidirectional embedding, override and isolate characters (U+202A to U+202E, U+2066 to U+2069),
 *       which can make text read differently from what it holds (a file name or a name shown backwards);
 *   <li>lone surrogates and noncharacters (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and the last two code points of
 *       every plane), which are no text at all.
 * </ul>
 *
 * <p>{@link Kind#SINGLE_LINE} text (names, titles, addresses: every form field unless said otherwise)
 * refuses all of them; a line break there would become a new line in a mail or a page. {@link Kind#MULTI_LINE}
 * text (a message, a description) also takes line breaks and TAB: {@link #normalized} writes its line breaks
 * (CR LF, CR, U+2028, U+2029) as LF and each TAB as a space, because a TAB in a textarea is pasted, never
 * typed, and means only "some space". {@link Kind#PASSWORD} text is left to the password policy, except NUL,
 * which some hashing and storage cuts the text at. A search box refuses nothing: {@link #oneLine} reads what
 * single-line text refuses as spaces.
 *
 * <p>Every form record is checked by {@link #check(Record)}: its string components are single-line unless
 * annotated {@link MultiLine} or {@link Password}. Records bound with {@code @Valid} get the check without
 * a call. {@link #shown} is the display side: what reaches a page with a refused character (a value stored
 * before this rule) shows U+FFFD in its place.
 */
public final class PlainText {

    /** What a text field holds, which decides what it may hold. */
    public enum Kind {
        SINGLE_LINE,
        MULTI_LINE,
        PASSWORD
    }

    /** Message key: a control, text-direction or non-text character. */
    public static final String UNUSABLE = "plainText.error.character";

    /** Message key: a line break in a field that takes one line. */
    public static final String LINE_BREAK = "plainText.error.lineBreak";

    /** Message key: a NUL in a password. */
    public static final String PASSWORD_NUL = "plainText.error.passwordNul";

    /** What {@link #shown} puts in place of a refused character. */
    public static final char REPLACEMENT = '\uFFFD';

    /** Marks a form record's component that takes several lines (a textarea). */
    @Documented
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface MultiLine {}

    /** Marks a form record's component that holds a password: only NUL is refused, the policy does the rest. */
    @Documented
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Password {}

    private record Component(String name, Method accessor, Kind kind) {}

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .map(c -> new Component(c.getName(), accessible(c), kind(c)))
                    .toList();
        }
    };

    private PlainText() {}

    /**
     * What is wrong with {@code text} as {@code kind} text, as a message key ({@link #UNUSABLE},
     * {@link #LINE_BREAK} or {@link #PASSWORD_NUL}), or empty if nothing is; null is nothing.
     */
    public static Optional<String> problem(String text, Kind kind) {
        if (text == null) {
            return Optional.empty();
        }
        if (kind == Kind.PASSWORD) {
            return text.indexOf('\0') >= 0 ? Optional.of(PASSWORD_NUL) : Optional.empty();
        }
        String key = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isLineBreak(c)) {
                if (kind == Kind.SINGLE_LINE && key == null) {
                    key = LINE_BREAK;
                }
            } else if (refusedEverywhere(c) && (c != '\t' || kind == Kind.SINGLE_LINE)) {
                return Optional.of(UNUSABLE);
            }
        }
        return Optional.ofNullable(key);
    }

    /**
     * Multi-line text with its line breaks (CR LF, CR, U+2028, U+2029) written as LF and each TAB as a space; other kinds of
     * text, and null, as they are.
     */
    public static String normalized(String text, Kind kind) {
        if (text == null || kind != Kind.MULTI_LINE) {
            return text;
        }
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n')
                .replace('\t', ' ');
    }

    /**
     * {@code text} with each character that even multi-line text refuses (every control but TAB, CR and LF,
     * the text-direction controls, lone surrogates, noncharacters) replaced by {@link #REPLACEMENT}: what a
     * page may show of a stored value. The same instance when there is nothing to replace; null stays null.
     */
    public static String shown(String text) {
        return replaced(text, c -> refusedEverywhere(c) && c != '\t' && !isLineBreak(c), REPLACEMENT);
    }

    /**
     * {@code text} with each character that single-line text refuses replaced by a space: for a search box,
     * where a control or text-direction character (invisible, so never meant) is dropped rather than
     * refused, and a pasted line break separates words as a space does. Null stays null.
     */
    public static String oneLine(String text) {
        return replaced(text, c -> refusedEverywhere(c) || isLineBreak(c), ' ');
    }

    private static String replaced(String text, IntPredicate refused, char replacement) {
        if (text == null) {
            return null;
        }
        StringBuilder replaced = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean refuse = refused.test(c);
            if (refuse && replaced == null) {
                replaced = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (replaced != null) {
                if (refuse) {
                    replaced.append(replacement);
                } else {
                    replaced.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
        return replaced == null ? text : replaced.toString();
    }

    /**
     * The problems of a form record's text: each string component, and each string in a collection
     * component, is checked as {@link Kind#SINGLE_LINE} text unless the component is annotated
     * {@link MultiLine} or {@link Password}. Fields are named by their components; other components are
     * left alone. Put this first, so a field's character problem is the one it shows.
     */
    public static FieldErrors check(Record form) {
        FieldErrors errors = new FieldErrors();
        for (Component component : COMPONENTS.get(form.getClass())) {
            Object value = read(component, form);
            if (value instanceof String text) {
                problem(text, component.kind()).ifPresent(key -> errors.add(component.name(), key));
            } else if (value instanceof Collection<?> values) {
                for (Object item : values) {
                    if (item instanceof String text) {
                        problem(text, component.kind()).ifPresent(key -> errors.add(component.name(), key));
                    }
                }
            }
        }
        return errors;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
    }

    /** Refused in every kind of text but a password; TAB, CR and LF are let through by multi-line text. */
    private static boolean refusedEverywhere(int c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                || (c >= 0xFDD0 && c <= 0xFDEF)
                || (c & 0xFFFE) == 0xFFFE;
    }

    private static Kind kind(RecordComponent component) {
        if (component.isAnnotationPresent(Password.class)) {
            return Kind.PASSWORD;
        }
        return component.isAnnotationPresent(MultiLine.class) ? Kind.MULTI_LINE : Kind.SINGLE_LINE;
    }

    private static Method accessible(RecordComponent component) {
        Method accessor = component.getAccessor();
        // form records are package-private in their module's web package
        accessor.setAccessible(true);
        return accessor;
    }

    private static Object read(Component component, Record form) {
        try {
            return component.accessor().invoke(form);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.name() + " of a form", e);
        }
    }
}
