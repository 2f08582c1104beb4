package org.opencities.testbench.registry.consent.web;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A new version of a purpose's consent text, with its text in every supported language, e.g.
 * {@code {"purpose":"research","translations":{"en":"...","fi":"...", ...}}}.
 */
record PublishConsentRequest(@NotNull @Pattern(regexp = "participation|contact|research") String purpose,
        @NotEmpty Map<String, String> translations) {
}
