package org.opencities.testbench.registry.pilot;

import java.util.Set;

/**
 * A filter over pilots.
 *
 * @param states only pilots in one of these states, or any state when empty
 * @param city only pilots running in this city, or {@code null} for any
 */
public record PilotQuery(Set<PilotState> states, String city, Visibility visibility) {

    public PilotQuery {
        states = Set.copyOf(states);
    }

    /** Pilots in the given state, or in any when {@code state} is {@code null}. */
    public static PilotQuery of(PilotState state, String city, Visibility visibility) {
        return new PilotQuery(state == null ? Set.of() : Set.of(state), city, visibility);
    }

    /** The pilots the public may see running in a city (any city when {@code null}): active or degraded. */
    public static PilotQuery running(String city) {
        return new PilotQuery(Set.of(PilotState.ACTIVE, PilotState.DEGRADED), city, Visibility.all());
    }
}
