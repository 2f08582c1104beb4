package org.opencities.testbench.registry.enrolment;

import java.util.List;
import java.util.Optional;

/**
 * What a tester states when enrolling, already well-formed; the rules that depend on the pilot and
 * the current consent texts are checked by {@link Enrolment#enrol}.
 *
 * @param segmentCode the household's PON segment or ONT code given by the operator, if known
 * @param email where the tester agrees to be written to, only with the contact consent
 */
public record EnrolmentForm(String language, String city, Device device, Platform platform,
        Optional<String> segmentCode, List<GivenConsent> consents, Optional<String> email) {

    public EnrolmentForm {
        consents = List.copyOf(consents);
    }
}
