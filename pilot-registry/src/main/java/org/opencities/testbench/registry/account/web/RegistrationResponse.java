package org.opencities.testbench.registry.account.web;

import org.opencities.testbench.registry.account.service.Registrations.Registered;

/** What a registration created; the account can log in once the mailed link confirms it. */
record RegistrationResponse(String organisation, String account, String email, boolean confirmed) {

    static RegistrationResponse of(Registered registered) {
        return new RegistrationResponse(registered.organisation().value(), registered.account().toString(),
                registered.email(), false);
    }
}
