package org.opencities.testbench.registry.organisation;

import java.util.List;
import java.util.Optional;

/** All registered organisations. */
public interface Organisations {

    /** Organisations ordered by name, {@code limit} of them from {@code offset}. */
    List<Organisation> page(int offset, int limit);

    long count();

    Optional<Organisation> find(OrganisationId id);

    /**
     * Stores a new organisation at version 0.
     *
     * @throws OrganisationConflict if its id is taken
     */
    Organisation add(Organisation organisation);

    /** Stores the organisation unless one with its id exists; says whether it stored it. */
    boolean addIfAbsent(Organisation organisation);

    /**
     * Stores the organisation's details if its version is still the stored one, and returns it
     * at the next version.
     *
     * @throws OrganisationConflict if it changed meanwhile
     * @throws OrganisationNotFound if it does not exist
     */
    Organisation update(Organisation organisation);
}
