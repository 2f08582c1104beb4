package org.opencities.testbench.registry.consent;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a tester consents to. Each purpose has its own versioned text; only participation is
 * needed to enrol, the others are the tester's free choice.
 */
public enum ConsentPurpose {

    /** Taking part in the pilot: the pseudonymous enrolment and the answers given. */
    PARTICIPATION(true),
    /** Being written to at the e-mail address the tester leaves. */
    CONTACT(false),
    /** Pseudonymous answers used in research publications. */
    RESEARCH(false);

    private final boolean required;

    ConsentPurpose(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The name the API and events use, e.g. {@code participation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The purpose with the given name, in any letter case. */
    public static ConsentPurpose named(String name) {
        return Arrays.stream(values()).filter(purpose -> purpose.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown consent purpose '" + name
                        + "'; use one of participation, contact, research"));
    }
}
