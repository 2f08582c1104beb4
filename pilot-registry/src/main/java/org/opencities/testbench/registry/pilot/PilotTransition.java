package org.opencities.testbench.registry.pilot;

import java.time.Instant;

/**
 * One line of a pilot's audit: who moved it from which state to which, why and when.
 *
 * @param from {@code null} for the submission that created the pilot
 */
public record PilotTransition(PilotId pilot, PilotState from, PilotState to, String actor, String reason, Instant at) {
}
