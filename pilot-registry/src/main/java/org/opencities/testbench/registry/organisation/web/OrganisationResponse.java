package org.opencities.testbench.registry.organisation.web;

import org.opencities.testbench.registry.organisation.Organisation;

/** An organisation as the REST API shows it. */
record OrganisationResponse(String id, String name, String country, String vatId, String contactEmail, long version) {

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(organisation.id().value(), organisation.name(), organisation.country(),
                organisation.vatId(), organisation.contactEmail(), organisation.version());
    }
}
