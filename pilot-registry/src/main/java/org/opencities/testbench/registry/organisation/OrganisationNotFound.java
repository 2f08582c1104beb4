package org.opencities.testbench.registry.organisation;

import org.opencities.testbench.registry.NotFound;

/** Thrown when an organisation id names no organisation the caller may see. */
public class OrganisationNotFound extends NotFound {

    public OrganisationNotFound(OrganisationId id) {
        super("No organisation with id '" + id + "' that you may see; list yours at /api/v1/organisations");
    }
}
