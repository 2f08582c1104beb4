package org.opencities.testbench.registry.account;

import org.opencities.testbench.registry.Conflict;

/** Thrown when an e-mail address already belongs to an account. */
public class EmailTaken extends Conflict {

    public EmailTaken() {
        // Says nothing about whose address it is: the registration form is public.
        super("An account with this e-mail address exists already; log in, or register with another address");
    }
}
