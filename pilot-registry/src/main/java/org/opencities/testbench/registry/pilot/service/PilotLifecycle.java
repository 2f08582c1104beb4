package org.opencities.testbench.registry.pilot.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotChanged;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits pilots and moves them through their lifecycle. Each change, its audit line and its event
 * commit together, so the outbox holds exactly the events of committed changes.
 */
@Service
public class PilotLifecycle {

    private final Pilots pilots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PilotLifecycle(Pilots pilots, ApplicationEventPublisher events) {
        this.pilots = pilots;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Pilot submit(String appId, String organisationId, List<String> cities, int plannedTesters,
            LocalDate startDate, LocalDate endDate, RequiredNetwork requirements, String actor) {
        return store(Pilot.submit(PilotId.next(), appId, organisationId, cities, plannedTesters, startDate,
                endDate, requirements, actor, clock.instant()));
    }

    /** Submits the pilot an application to an open call won; its {@code pilot.submitted} names the call. */
    @Transactional
    public Pilot submitAwarded(String callId, String appId, String organisationId, List<String> cities,
            int plannedTesters, LocalDate startDate, LocalDate endDate, RequiredNetwork requirements, String actor) {
        return store(Pilot.submit(PilotId.next(), appId, organisationId, cities, plannedTesters, startDate,
                endDate, requirements, actor, clock.instant()).answering(callId));
    }

    private Pilot store(Pilot.Submission submission) {
        pilots.add(submission.pilot());
        pilots.record(submission.transition());
        events.publishEvent(submission.event());
        return submission.pilot();
    }

    /**
     * Moves the pilot to {@code target}.
     *
     * @param expectedVersion the version the caller read, or empty when the caller acts on the
     *     current state whatever it is (events from the network)
     */
    @Transactional
    public Pilot move(PilotId id, OptionalLong expectedVersion, PilotState target, String actor, String reason) {
        var pilot = pilots.find(id).orElseThrow(() -> new PilotNotFound(id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != pilot.version()) {
            throw new PilotChanged(id, expectedVersion.getAsLong());
        }
        var move = pilot.moveTo(target, actor, reason, clock.instant());
        var updated = pilots.update(move.pilot());
        pilots.record(move.transition());
        move.events().forEach(events::publishEvent);
        return updated;
    }
}
