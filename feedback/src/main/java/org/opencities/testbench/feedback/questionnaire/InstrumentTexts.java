package org.opencities.testbench.feedback.questionnaire;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.opencities.testbench.feedback.instrument.Instrument;

/**
 * The standard instruments' texts, which ship with the module in every supported language
 * ({@code questionnaire/instruments_<language>.properties}, English in the base file). Keys are the
 * instrument's code and a suffix: {@code sus.3}, {@code sus.scale.min}, {@code ueq-s.2.left},
 * {@code nps.question}, {@code mos.scale.5}.
 */
public final class InstrumentTexts {

    static final String BUNDLE = "questionnaire/instruments";

    private static final ResourceBundle.Control NO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private InstrumentTexts() {
    }

    /**
     * The text in the language.
     *
     * @throws MissingResourceException if the language is not supported or the key unknown
     */
    public static String text(Instrument instrument, String suffix, String language) {
        if (!Languages.supported(language)) {
            throw new MissingResourceException(Languages.refusal(language), BUNDLE, suffix);
        }
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), InstrumentTexts.class.getClassLoader(), NO_SYSTEM_LOCALE)
                .getString(instrument.code() + "." + suffix);
    }
}
