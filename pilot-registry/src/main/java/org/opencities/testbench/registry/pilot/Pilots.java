package org.opencities.testbench.registry.pilot;

import java.util.List;
import java.util.Optional;

/** All pilots, with the audit of their transitions. */
public interface Pilots {

    void add(Pilot pilot);

    Optional<Pilot> find(PilotId id);

    /**
     * Stores the pilot's new state if it is still at {@link Pilot#version()} and returns it at its
     * next version; throws {@link PilotChanged} if someone else changed it in between.
     */
    Pilot update(Pilot pilot);

    /** Pilots matching the query, newest first, {@code limit} of them from {@code offset}. */
    List<Pilot> page(PilotQuery query, int offset, int limit);

    long count(PilotQuery query);

    void record(PilotTransition transition);

    /** The pilot's audit, oldest first. */
    List<PilotTransition> transitions(PilotId id, int offset, int limit);

    long countTransitions(PilotId id);
}
