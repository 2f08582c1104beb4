package org.opencities.testbench.registry.pilot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The network services of pilots as the registry has followed them from the orchestrator's events. */
public interface NetworkServices {

    /** Records the service's state, adding the service when it is new. */
    void save(String serviceId, PilotId pilotId, String segmentId, NetworkServiceState state, Instant at);

    Optional<NetworkService> find(String serviceId);

    /** The pilot's services, in the order the orchestrator first reported them. */
    List<NetworkService> of(PilotId pilotId);

    /** Notes an alarm as open on the service; a second note of the same alarm changes nothing. */
    void openAlarm(String alarmId, String serviceId, String problem, Instant at);

    /** Clears the alarm; returns the service it was open on, or empty if it was not open. */
    Optional<String> clearAlarm(String alarmId);
}
