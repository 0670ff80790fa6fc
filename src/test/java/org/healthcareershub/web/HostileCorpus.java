package org.healthcareershub.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A fixed corpus of hostile values: markup in every context, template and expression syntax, SQL and
 * Lucene syntax, path tricks, control and bidirectional characters, emoji, invalid percent-encodings,
 * numbers out of every range, and very long strings; each base value also goes in several wrappings. The
 * corpus is the same on every run, so a failure can be repeated.
 */
final class HostileCorpus {

    static final List<String> BASE = List.of(
            "<script>alert(1)</script>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' autofocus onfocus='alert(1)",
            "<svg/onload=alert(1)>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</script><script>alert(1)</script>",
            "<!--<script>alert(1)</script>-->",
            "<iframe srcdoc=\"<script>alert(1)</script>\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "{{7*7}}",
            "${7*7}",
            "#{7*7}",
            "*{7*7}",
            "[[${7*7}]]",
            "[(${7*7})]",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
            "~{::main}",
            "' OR '1'='1",
            "1' OR 1=1 --",
            "1; DROP TABLE account; --",
            "' UNION SELECT email, password_hash FROM account --",
            "1' AND SLEEP(5) --",
            "'; WAITFOR DELAY '0:0:5' --",
            "\\' OR 1=1 #",
            "title:*",
            "*:*",
            "care AND (coordination",
            "\"unclosed phrase",
            "care~99",
            "/.*/",
            "[a TO z]",
            "+-&&||!(){}[]^\"~*?:\\/",
            "description:\"x\"^1000000",
            "*",
            "?",
            "\\",
            "../../../../etc/passwd",
            "..%2f..%2f..%2fetc%2fpasswd",
            "%2e%2e%2f",
            "/WEB-INF/web.xml",
            "%",
            "%zz",
            "%C0%AF",
            "%FF%FE",
            "%E2%82",
            "%00",
            "\u0000",
            "a\u0000b",
            "\r\nSet-Cookie: hacked=1",
            "\nLocation: https://evil.example/",
            "\u0001\u0002\u0003\u0007\u0008\u001b[31m",
            "\u007f\u0085\u2028\u2029",
            "\u202Eevil\u202C",
            "\u202Dbidi\u2066x\u2069",
            "\u200B\u200C\u200D\uFEFF",
            "😀",
            "👩🏽‍⚕️👨‍👩‍👧‍👦",
            "𝕳𝖊𝖆𝖑𝖙𝖍",
            "ﬁ ＦＵＬＬ Ｗｉｄｔｈ",
            "Ω≈ç√∫˜µ≤≥÷",
            "مرحبا بالعالم",
            "日本語のテキスト",
            "-1",
            "0",
            "-0",
            "99999999999999999999999999",
            "-2147483649",
            "2147483648",
            "9223372036854775808",
            "1e309",
            "NaN",
            "Infinity",
            "0x7fffffff",
            "1.5",
            "1,000",
            "https://evil.example/",
            "//evil.example",
            "null",
            "undefined",
            "true",
            "",
            "   ",
            "\t",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "*)(uid=*))(|(uid=*",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "{\"$gt\": \"\"}",
            "a@[127.0.0.1]",
            "<seeker@x.test>",
            "Name <a@b.c>",
            "x".repeat(100_000),
            "<script>".repeat(2_000));

    private static final List<UnaryOperator<String>> WRAPPINGS = List.of(
            value -> value,
            value -> "care " + value,
            value -> value + " coordination",
            value -> "\"" + value + "\"",
            value -> "'" + value + "'",
            value -> value + value,
            value -> value.toUpperCase(Locale.ROOT),
            value -> " " + value + " ",
            value -> value + "\u0000",
            value -> "12207" + value,
            value -> value + ", NY");

    private HostileCorpus() {}

    /** Every base value in every wrapping, without repeats, long values kept to their first wrapping. */
    static List<String> values() {
        Set<String> values = new LinkedHashSet<>();
        for (UnaryOperator<String> wrapping : WRAPPINGS) {
            for (String base : BASE) {
                if (base.length() <= 1_000 || wrapping == WRAPPINGS.get(0)) {
                    values.add(wrapping.apply(base));
                }
            }
        }
        return new ArrayList<>(values);
    }
}
