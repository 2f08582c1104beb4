package org.opencities.testbench.registry.enrolment;

import java.util.Objects;

import org.opencities.testbench.registry.consent.ConsentPurpose;

/** A consent a tester gave: to the text of this purpose in exactly this version. */
public record GivenConsent(ConsentPurpose purpose, int version) {

    public GivenConsent {
        Objects.requireNonNull(purpose, "purpose");
    }
}
