package org.opencities.testbench.registry.pilot.service;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.opencities.testbench.registry.pilot.NetworkServiceState;
import org.opencities.testbench.registry.pilot.NetworkServices;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotNetwork;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.Pilots;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps pilots in step with their network services: records what the orchestrator and the probes
 * report, then moves the pilot as far as its services call for, each move audited and published
 * by {@link PilotLifecycle}. Reports about services of unknown pilots are refused with
 * {@link PilotNotFound}; reports about unknown services' alarms change nothing.
 */
@Service
public class NetworkFollowing {

    /** Bounds the moves one report can cause; the longest path, accepted to degraded, has three. */
    private static final int MAX_MOVES = 4;

    private final Pilots pilots;
    private final NetworkServices services;
    private final PilotLifecycle lifecycle;
    private final Clock clock = Clock.systemUTC();

    public NetworkFollowing(Pilots pilots, NetworkServices services, PilotLifecycle lifecycle) {
        this.pilots = pilots;
        this.services = services;
        this.lifecycle = lifecycle;
    }

    /** The orchestrator reports a service of the pilot in a new state ({@code actor} and why, for the audit). */
    @Transactional
    public Pilot serviceChanged(PilotId pilotId, String serviceId, String segmentId, NetworkServiceState state,
            String actor, String report) {
        var pilot = pilots.find(pilotId).orElseThrow(() -> new PilotNotFound(pilotId));
        services.save(serviceId, pilotId, segmentId, state, clock.instant());
        return reconcile(pilot, actor, report);
    }

    /** An alarm is raised on a service; returns the pilot it serves, if the service is known. */
    @Transactional
    public Optional<Pilot> alarmRaised(String alarmId, String serviceId, String problem, String actor) {
        var service = services.find(serviceId);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        services.openAlarm(alarmId, serviceId, problem, clock.instant());
        return pilots.find(service.get().pilotId()).map(pilot -> reconcile(pilot, actor, problem));
    }

    /** An alarm is cleared; returns the pilot whose service it was open on, if any. */
    @Transactional
    public Optional<Pilot> alarmCleared(String alarmId, String actor) {
        return services.clearAlarm(alarmId).flatMap(services::find).flatMap(service -> pilots.find(service.pilotId()))
                .map(pilot -> reconcile(pilot, actor, "alarm " + alarmId + " cleared"));
    }

    private Pilot reconcile(Pilot pilot, String actor, String report) {
        var current = pilot;
        for (int moves = 0; moves < MAX_MOVES; moves++) {
            var step = PilotNetwork.nextStep(current, services.of(current.id()));
            if (step.isEmpty()) {
                return current;
            }
            current = lifecycle.move(current.id(), OptionalLong.empty(), step.get().target(), actor,
                    step.get().reason() + " (" + report + ")");
        }
        return current;
    }
}
