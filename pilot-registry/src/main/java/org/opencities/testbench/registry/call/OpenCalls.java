package org.opencities.testbench.registry.call;

import java.util.List;
import java.util.Optional;

/** All open calls, with their criteria, cities and jurors. */
public interface OpenCalls {

    /** Stores a new call at version 0; throws {@link CallTaken} if its id is in use. */
    void add(OpenCall call);

    Optional<OpenCall> find(CallId id);

    /**
     * Stores the call if it is still at {@link OpenCall#version()} and returns it at its next
     * version; throws {@link CallChanged} if someone changed it in between.
     */
    OpenCall update(OpenCall call);

    /** Calls matching the query, by closing instant then id, {@code limit} of them from {@code offset}. */
    List<OpenCall> page(CallQuery query, int offset, int limit);

    long count(CallQuery query);
}
