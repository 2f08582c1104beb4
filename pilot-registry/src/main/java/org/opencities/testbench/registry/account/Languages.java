package org.opencities.testbench.registry.account;

import java.util.List;
import java.util.Locale;

/** The languages the registry's pages and mails are written in. */
public final class Languages {

    /** Language tags, the default first. */
    public static final List<String> TAGS = List.of("en", "fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl");

    /** The same list as a pattern, for request validation. */
    public static final String PATTERN = "en|fi|sv|de|nl|fr|it|es|ca|pl";

    private Languages() {
    }

    /** The supported language closest to the locale, English if there is none. */
    public static Locale supported(Locale locale) {
        return locale != null && TAGS.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage())
                : Locale.ENGLISH;
    }
}
