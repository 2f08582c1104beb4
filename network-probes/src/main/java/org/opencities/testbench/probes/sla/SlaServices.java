package org.opencities.testbench.probes.sla;

import java.util.Optional;

/** What the SLA evaluation keeps: pilots' criteria, active services and the alarms raised for them. */
public interface SlaServices {

    /** Stores (or replaces) the acceptance criteria of a pilot. */
    void criteria(String pilotId, AcceptanceCriteria criteria);

    /** Starts watching a service; a service activated again keeps one entry. */
    void activated(String serviceId, String pilotId, String segmentId);

    /** Stops watching a service. */
    void terminated(String serviceId);

    /** The service if it is active and its pilot has criteria. */
    Optional<WatchedService> watched(String serviceId);

    Optional<RaisedAlarm> raisedAlarm(String serviceId);

    /**
     * Records the alarm as raised; false when one is raised for the service already (a concurrent
     * consumer got there first), in which case nothing is stored.
     */
    boolean raise(RaisedAlarm alarm);

    /** Forgets the service's raised alarm; false when none was raised. */
    boolean clear(String serviceId);
}
