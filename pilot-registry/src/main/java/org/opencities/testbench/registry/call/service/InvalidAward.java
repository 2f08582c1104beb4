package org.opencities.testbench.registry.call.service;

import org.opencities.testbench.registry.Unprocessable;

/** An award the call cannot make: too many pilots, or more than a city can host or carry. */
public class InvalidAward extends Unprocessable {

    public InvalidAward(String field, String message) {
        super(field, message);
    }
}
