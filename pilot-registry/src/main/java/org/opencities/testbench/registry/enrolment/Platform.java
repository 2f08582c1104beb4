package org.opencities.testbench.registry.enrolment;

import java.util.Locale;

/** The software platform a tester uses the service on. */
public enum Platform {

    ANDROID, IOS, WINDOWS, MACOS, LINUX, WEB, OTHER;

    /** The name the API and events use, e.g. {@code android}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
