package org.opencities.testbench.registry;

import java.util.Map;

/**
 * The thing named existed but can no longer be used (an expired or revoked invitation): answered
 * 410. {@link #details()} adds facts the caller can act on, such as when it expired.
 */
public abstract class Gone extends RuntimeException {

    private final Map<String, Object> details;

    protected Gone(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    /** Extra problem-details members, e.g. {@code expiresAt}. */
    public Map<String, Object> details() {
        return details;
    }
}
