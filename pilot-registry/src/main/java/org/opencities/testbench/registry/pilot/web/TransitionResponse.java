package org.opencities.testbench.registry.pilot.web;

import java.time.Instant;

import org.opencities.testbench.registry.pilot.PilotTransition;

/** One line of a pilot's audit. */
record TransitionResponse(String from, String to, String actor, String reason, Instant at) {

    static TransitionResponse of(PilotTransition transition) {
        return new TransitionResponse(transition.from() == null ? null : transition.from().name(),
                transition.to().name(), transition.actor(), transition.reason(), transition.at());
    }
}
