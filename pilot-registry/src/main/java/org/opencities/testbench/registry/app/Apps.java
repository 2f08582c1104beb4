package org.opencities.testbench.registry.app;

import java.util.List;
import java.util.Optional;

import org.opencities.testbench.registry.organisation.OrganisationId;

/** The apps of all organisations. */
public interface Apps {

    /** An organisation's apps ordered by name, {@code limit} of them from {@code offset}. */
    List<App> page(OrganisationId organisation, int offset, int limit);

    long count(OrganisationId organisation);

    Optional<App> find(AppId id);

    /** Stores a new app at version 0 unless one with its id exists; says whether it stored it. */
    boolean addIfAbsent(App app);

    /**
     * Stores the app's details if its version is still the stored one, and returns it at the next version.
     *
     * @throws AppChanged if it changed meanwhile
     * @throws AppNotFound if it does not exist
     */
    App update(App app);
}
