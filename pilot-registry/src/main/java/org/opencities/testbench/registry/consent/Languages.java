package org.opencities.testbench.registry.consent;

import java.util.List;

/**
 * The languages testers are served in. Consent texts exist in each of them, so a tester never
 * agrees to words they cannot read.
 */
public final class Languages {

    /** ISO 639-1 codes, English first as the fallback. */
    public static final List<String> SUPPORTED = List.of("en", "fi", "sv", "de", "nl", "fr", "it", "es", "ca", "pl");

    private Languages() {
    }

    public static boolean supported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
