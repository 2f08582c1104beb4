package org.opencities.testbench.registry.account;

import org.opencities.testbench.registry.NotFound;

/** Thrown when a confirmation token matches no token the registry issued. */
public class UnknownConfirmation extends NotFound {

    public UnknownConfirmation() {
        super("This confirmation link is not known; copy the whole link from the mail, or register again");
    }
}
