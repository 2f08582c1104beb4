package org.opencities.testbench.registry.enrolment.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.enrolment.Device;
import org.opencities.testbench.registry.enrolment.EnrolmentForm;
import org.opencities.testbench.registry.enrolment.GivenConsent;
import org.opencities.testbench.registry.enrolment.Platform;

/**
 * A tester's enrolment with the token of their invitation link. {@code consents} name the purpose
 * and the version of the text the tester read, as {@code GET /api/v1/consents} lists them.
 */
record EnrolRequest(
        @NotBlank @Size(max = 100) String invitation,
        @NotNull @Pattern(regexp = LANGUAGES) String language,
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String city,
        @NotNull @Pattern(regexp = DEVICES) String device,
        @NotNull @Pattern(regexp = PLATFORMS) String platform,
        @Pattern(regexp = SEGMENT_CODE, message = SEGMENT_CODE_RULE) String segmentCode,
        @NotEmpty List<@NotNull @Valid Consent> consents,
        @Email @Size(max = 254) String email) {

    static final String LANGUAGES = "en|fi|sv|de|nl|fr|it|es|ca|pl";
    static final String DEVICES = "phone|tablet|laptop|desktop|tv|other";
    static final String PLATFORMS = "android|ios|windows|macos|linux|web|other";
    /** The operator's segment name or ONT serial as printed: letters, digits, dots, colons, dashes. */
    static final String SEGMENT_CODE = "[A-Za-z0-9][A-Za-z0-9.:_-]{2,63}";
    static final String SEGMENT_CODE_RULE = "3 to 64 letters, digits, dots, colons, underscores or dashes, "
            + "as the operator gave it, e.g. helsinki-co1-olt1-pon1";

    record Consent(@NotNull @Pattern(regexp = "participation|contact|research") String purpose, @Min(1) int version) {
    }

    EnrolmentForm form() {
        return new EnrolmentForm(language, city, Device.of(device), Platform.of(platform),
                Optional.ofNullable(segmentCode).filter(code -> !code.isBlank()),
                consents.stream().map(c -> new GivenConsent(ConsentPurpose.named(c.purpose()), c.version())).toList(),
                Optional.ofNullable(email).filter(address -> !address.isBlank()));
    }
}
