package org.opencities.testbench.registry.call;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where an open call stands: drafted, taking applications, being judged, awarded, closed. */
public enum CallState {

    DRAFT, OPEN, EVALUATING, AWARDED, CLOSED;

    /** The one state each state leads to; closed is final. */
    public Set<CallState> allowedTargets() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(EVALUATING);
            case EVALUATING -> EnumSet.of(AWARDED);
            case AWARDED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CallState.class);
        };
    }

    /** The state with the given name, in any letter case. */
    public static CallState named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown call state '" + name + "'; use one of " + Arrays.toString(values()));
        }
    }
}
