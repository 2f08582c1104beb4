package org.opencities.testbench.registry.organisation;

import org.opencities.testbench.registry.Conflict;

/** Thrown when an organisation id is taken, or the organisation changed while an update was under way. */
public class OrganisationConflict extends Conflict {

    private OrganisationConflict(String message) {
        super(message);
    }

    public static OrganisationConflict idTaken(OrganisationId id) {
        return new OrganisationConflict("An organisation with id '" + id + "' exists already; choose another id");
    }

    public static OrganisationConflict changed(OrganisationId id) {
        return new OrganisationConflict("Organisation '" + id + "' changed meanwhile: read it again and reapply your change");
    }
}
