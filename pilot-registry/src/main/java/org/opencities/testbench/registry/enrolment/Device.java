package org.opencities.testbench.registry.enrolment;

import java.util.Locale;

/** The kind of device a tester uses the service on. */
public enum Device {

    PHONE, TABLET, LAPTOP, DESKTOP, TV, OTHER;

    /** The name the API and events use, e.g. {@code phone}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Device of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
