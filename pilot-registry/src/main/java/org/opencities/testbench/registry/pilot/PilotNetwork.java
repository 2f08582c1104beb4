package org.opencities.testbench.registry.pilot;

import java.util.List;
import java.util.Optional;

/**
 * Where a pilot should stand given its network services. The registry reconciles a pilot with its
 * services after every service event or alarm instead of reacting to single events, so events
 * that arrive late, twice or out of order still leave the pilot in the right state.
 */
public final class PilotNetwork {

    private PilotNetwork() {
    }

    /**
     * The state the pilot should move to next, with the reason, or empty when it is where it
     * belongs. Apply repeatedly: a pilot that was accepted and whose every service is already
     * active moves to provisioning first, then to active.
     */
    public static Optional<Step> nextStep(Pilot pilot, List<NetworkService> services) {
        var state = pilot.state();
        var failed = services.stream().filter(s -> s.state() == NetworkServiceState.FAILED).findFirst();
        if (failed.isPresent() && state.canMoveTo(PilotState.FAILED)) {
            return Optional.of(new Step(PilotState.FAILED, "service " + failed.get().serviceId() + " failed"));
        }
        var terminated = services.stream().filter(s -> s.state() == NetworkServiceState.TERMINATED).findFirst();
        if (terminated.isPresent() && (state == PilotState.ACTIVE || state == PilotState.DEGRADED)) {
            return Optional.of(new Step(PilotState.FAILED,
                    "service " + terminated.get().serviceId() + " was terminated while the pilot was running"));
        }
        if (state == PilotState.ACCEPTED && !services.isEmpty()) {
            return Optional.of(new Step(PilotState.PROVISIONING, "the orchestrator is provisioning its services"));
        }
        long active = services.stream().filter(s -> s.state() == NetworkServiceState.ACTIVE).count();
        if (state == PilotState.PROVISIONING && active >= pilot.cities().size()) {
            return Optional.of(new Step(PilotState.ACTIVE, "all " + active + " services are active"));
        }
        var alarmed = services.stream().filter(s -> !s.openAlarms().isEmpty()).findFirst();
        if (state == PilotState.ACTIVE && alarmed.isPresent()) {
            return Optional.of(new Step(PilotState.DEGRADED, "alarm " + String.join(", ",
                    alarmed.get().openAlarms().stream().sorted().toList()) + " on service " + alarmed.get().serviceId()));
        }
        if (state == PilotState.DEGRADED && alarmed.isEmpty()) {
            return Optional.of(new Step(PilotState.ACTIVE, "every alarm on its services is cleared"));
        }
        return Optional.empty();
    }

    /** A move the pilot's services call for. */
    public record Step(PilotState target, String reason) {
    }
}
