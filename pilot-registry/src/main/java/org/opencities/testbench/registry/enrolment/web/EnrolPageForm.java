package org.opencities.testbench.registry.enrolment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.opencities.testbench.registry.consent.ConsentPurpose;
import org.opencities.testbench.registry.enrolment.Device;
import org.opencities.testbench.registry.enrolment.EnrolmentForm;
import org.opencities.testbench.registry.enrolment.GivenConsent;
import org.opencities.testbench.registry.enrolment.Platform;
import org.opencities.testbench.registry.pilot.Pilot;

/**
 * What the enrolment page posts. Its checks give message keys rather than English reasons, so
 * that each error shows next to its field in the page's language.
 *
 * @param consents the ticked boxes, each {@code purpose:version} of the text shown
 */
record EnrolPageForm(String city, String device, String platform, String segmentCode, String email,
        List<String> consents) {

    private static final Pattern DEVICES = Pattern.compile(EnrolRequest.DEVICES);
    private static final Pattern PLATFORMS = Pattern.compile(EnrolRequest.PLATFORMS);
    private static final Pattern SEGMENT_CODE = Pattern.compile(EnrolRequest.SEGMENT_CODE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONSENT = Pattern.compile("(participation|contact|research):([1-9][0-9]{0,5})");

    EnrolPageForm {
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    static EnrolPageForm blank() {
        return new EnrolPageForm(null, null, null, null, null, List.of());
    }

    /** Message keys of the errors per field, empty when the form is complete for this pilot. */
    Map<String, String> errors(Pilot pilot) {
        var errors = new LinkedHashMap<String, String>();
        if (city == null || !pilot.cities().contains(city)) {
            errors.put("city", "enrol.error.city");
        }
        if (device == null || !DEVICES.matcher(device).matches()) {
            errors.put("device", "enrol.error.device");
        }
        if (platform == null || !PLATFORMS.matcher(platform).matches()) {
            errors.put("platform", "enrol.error.platform");
        }
        if (present(segmentCode) && !SEGMENT_CODE.matcher(segmentCode.strip()).matches()) {
            errors.put("segmentCode", "enrol.error.segmentCode");
        }
        if (present(email) && (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
            errors.put("email", "enrol.error.email");
        } else if (present(email) && !ticked(ConsentPurpose.CONTACT)) {
            errors.put("email", "enrol.error.emailWithoutContact");
        }
        if (!consents.stream().allMatch(consent -> CONSENT.matcher(consent).matches())) {
            errors.put("consents", "enrol.error.consentsChanged");
        } else if (!ticked(ConsentPurpose.PARTICIPATION)) {
            errors.put("consent-participation", "enrol.error.participation");
        }
        return errors;
    }

    boolean ticked(ConsentPurpose purpose) {
        return consents.stream().anyMatch(consent -> consent.startsWith(purpose.code() + ":"));
    }

    /** The form as the enrolment rules take it; only after {@link #errors} found none. */
    EnrolmentForm toForm(String language) {
        var given = new ArrayList<GivenConsent>();
        for (String consent : consents) {
            var parts = consent.split(":");
            given.add(new GivenConsent(ConsentPurpose.named(parts[0]), Integer.parseInt(parts[1])));
        }
        return new EnrolmentForm(language, city, Device.of(device), Platform.of(platform),
                Optional.ofNullable(segmentCode).map(String::strip).filter(code -> !code.isEmpty()), given,
                Optional.ofNullable(email).map(String::strip).filter(address -> !address.isEmpty()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
