package org.opencities.testbench.registry.account;

import org.opencities.testbench.registry.Unprocessable;

/** Thrown when a registration breaks a rule that the request's shape cannot show, such as the VAT id's format. */
public class InvalidRegistration extends Unprocessable {

    public InvalidRegistration(String field, String reason) {
        super(field, reason);
    }
}
