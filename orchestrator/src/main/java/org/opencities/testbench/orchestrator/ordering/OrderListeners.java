package org.opencities.testbench.orchestrator.ordering;

import java.util.List;

/** Listeners registered at the TMF641 hub: callbacks that hear of order events. */
public interface OrderListeners {

    Listener register(String callback, String query);

    /** Says whether a listener with the id was there. */
    boolean remove(String listenerId);

    List<Listener> all();

    /** One registration; {@code query} is kept as the client sent it. */
    record Listener(String id, String callback, String query) {
    }
}
