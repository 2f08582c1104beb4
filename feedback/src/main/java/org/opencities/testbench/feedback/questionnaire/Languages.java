package org.opencities.testbench.feedback.questionnaire;

import java.util.List;

/** The languages questionnaires are written in: every target language must be one of these. */
public final class Languages {

    /** English first: the language of the standard instruments' reference texts and of fallbacks. */
    public static final String ENGLISH = "en";

    /** en, fi, sv, de, nl, fr, it, es, ca, pl. */
    public static final List<String> SUPPORTED = List.of(ENGLISH, "fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl");

    private Languages() {
    }

    public static boolean supported(String code) {
        return SUPPORTED.contains(code);
    }

    /** Why the code is not accepted, for a problem detail. */
    public static String refusal(String code) {
        return "'%s' is not a supported language; use one of %s".formatted(code, String.join(", ", SUPPORTED));
    }
}
