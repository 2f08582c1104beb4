package org.opencities.testbench.registry.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opencities.testbench.registry.RegistryEvent;

/**
 * A pilot: an organisation's app tried out by testers in one or more cities over a period, on a
 * network that meets its requirements. The pilot owns its state machine ({@link PilotState}) and
 * refuses transitions that machine does not allow.
 *
 * @param version the number of changes stored so far; guards against lost updates
 */
public record Pilot(PilotId id, String appId, String organisationId, List<String> cities, int plannedTesters,
        LocalDate startDate, LocalDate endDate, RequiredNetwork requirements, PilotState state, long version) {

    public Pilot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        cities = List.copyOf(cities);
    }

    /** A newly submitted pilot, after checking that its plan can be carried out. */
    public static Submission submit(PilotId id, String appId, String organisationId, List<String> cities,
            int plannedTesters, LocalDate startDate, LocalDate endDate, RequiredNetwork requirements, String actor,
            Instant at) {
        if (cities.isEmpty()) {
            throw new InvalidPilotPlan("cities", "A pilot runs in at least one city");
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidPilotPlan("endDate", "The pilot ends on " + endDate + ", before it starts on " + startDate);
        }
        checkRates("requirements.downstream", requirements.downstream());
        checkRates("requirements.upstream", requirements.upstream());
        var pilot = new Pilot(id, appId, organisationId, cities, plannedTesters, startDate, endDate, requirements,
                PilotState.SUBMITTED, 0);
        var transition = new PilotTransition(id, null, PilotState.SUBMITTED, actor, "submitted", at);
        var event = new PilotSubmitted(UUID.randomUUID(), id.value(), null, appId, organisationId, pilot.cities(), at);
        return new Submission(pilot, transition, event);
    }

    private static void checkRates(String field, RequiredNetwork.Bandwidth bandwidth) {
        if (bandwidth.maximumKbps() < bandwidth.guaranteedKbps()) {
            throw new InvalidPilotPlan(field, "The maximum rate " + bandwidth.maximumKbps()
                    + " kbit/s is below the guaranteed rate " + bandwidth.guaranteedKbps() + " kbit/s; raise the maximum");
        }
    }

    /**
     * Moves the pilot to {@code target}, or throws {@link IllegalTransition} if its current state
     * does not lead there. Acceptance, withdrawal and completion announce themselves with an event;
     * the network-driven states (provisioning, active, degraded, failed) come from the orchestrator
     * and announce nothing.
     */
    public Move moveTo(PilotState target, String actor, String reason, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransition(id, state, target);
        }
        var moved = new Pilot(id, appId, organisationId, cities, plannedTesters, startDate, endDate, requirements,
                target, version);
        var transition = new PilotTransition(id, state, target, actor, reason, at);
        List<RegistryEvent> events = switch (target) {
            case ACCEPTED -> List.of(new PilotAccepted(UUID.randomUUID(), id.value(), appId, organisationId, cities,
                    plannedTesters, startDate, endDate, requirements));
            case WITHDRAWN -> List.of(new PilotWithdrawn(UUID.randomUUID(), id.value(), reason, at));
            case COMPLETED -> List.of(new PilotCompleted(UUID.randomUUID(), id.value(), at));
            default -> List.of();
        };
        return new Move(moved, transition, events);
    }

    /** A new pilot with the audit line and event its submission yields. */
    public record Submission(Pilot pilot, PilotTransition transition, PilotSubmitted event) {

        /** The same submission announced as the answer to an open call. */
        public Submission answering(String callId) {
            return new Submission(pilot, transition, new PilotSubmitted(event.eventId(), event.pilotId(), callId,
                    event.appId(), event.organisationId(), event.cities(), event.submittedAt()));
        }
    }

    /** The pilot after a transition, with its audit line and the events it publishes (none or one). */
    public record Move(Pilot pilot, PilotTransition transition, List<RegistryEvent> events) {

        public Move {
            events = List.copyOf(events);
        }
    }
}
