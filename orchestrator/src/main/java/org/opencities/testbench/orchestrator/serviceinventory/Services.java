package org.opencities.testbench.orchestrator.serviceinventory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored services. */
public interface Services {

    Optional<Service> find(String serviceId);

    /** Stores a service that is not stored yet (a duplicate id fails). */
    void add(Service service);

    /** Stores the service, replacing the stored one with its id. */
    void save(Service service);

    /** Services ordered by id, optionally in one state and of one pilot, {@code limit} of them from {@code offset}. */
    List<Service> page(Optional<ServiceState> state, Optional<String> pilotId, int offset, int limit);

    long count(Optional<ServiceState> state, Optional<String> pilotId);

    /** Services by state, every state (0 where none is in it), for the metrics. */
    Map<ServiceState, Long> countByState();
}
