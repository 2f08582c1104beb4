package org.opencities.testbench.registry.call;

import org.opencities.testbench.registry.Unprocessable;

/** A call whose rules cannot work as written (closing before opening, duplicate criteria, a city without capacity). */
public class InvalidCall extends Unprocessable {

    public InvalidCall(String field, String message) {
        super(field, message);
    }
}
