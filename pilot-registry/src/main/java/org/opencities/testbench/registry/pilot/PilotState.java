package org.opencities.testbench.registry.pilot;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a pilot stands in its lifecycle, and where it may go from there. */
public enum PilotState {

    SUBMITTED, ACCEPTED, PROVISIONING, ACTIVE, DEGRADED, COMPLETED, WITHDRAWN, FAILED;

    /** The states this one may move to; empty for the final states. */
    public Set<PilotState> allowedTargets() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ACCEPTED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(PROVISIONING, WITHDRAWN, FAILED);
            case PROVISIONING -> EnumSet.of(ACTIVE, FAILED, WITHDRAWN);
            case ACTIVE -> EnumSet.of(DEGRADED, COMPLETED, WITHDRAWN, FAILED);
            case DEGRADED -> EnumSet.of(ACTIVE, COMPLETED, WITHDRAWN, FAILED);
            case COMPLETED, WITHDRAWN, FAILED -> EnumSet.noneOf(PilotState.class);
        };
    }

    public boolean canMoveTo(PilotState target) {
        return allowedTargets().contains(target);
    }

    /** The state with the given name, in any letter case. */
    public static PilotState named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown pilot state '" + name + "'; use one of "
                    + Arrays.toString(values()));
        }
    }
}
