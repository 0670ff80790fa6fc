package org.healthcareershub.careers.domain;

import java.util.regex.Pattern;

/** SOC occupation codes as OEWS publishes them: "29-1141", without O*NET's ".08" detail. */
public final class SocCode {

    private static final Pattern DETAILED = Pattern.compile("\\d{2}-\\d{4}");

    private SocCode() {}

    /** "29-2099.08" and "29-2099" both give "29-2099"; null for anything that is not a SOC code. */
    public static String detailed(String code) {
        if (code == null) {
            return null;
        }
        String stripped = code.strip();
        String head = stripped.length() > 7 && stripped.charAt(7) == '.' ? stripped.substring(0, 7) : stripped;
        return DETAILED.matcher(head).matches() ? head : null;
    }
}
