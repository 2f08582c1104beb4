package org.opencities.testbench.registry.pilot;

/**
 * A filter over pilots.
 *
 * @param state only pilots in this state, or {@code null} for any
 * @param city only pilots running in this city, or {@code null} for any
 */
public record PilotQuery(PilotState state, String city, Visibility visibility) {
}
