package org.opencities.testbench.feedback;

/**
 * Base of refusals of a known caller who may not do this (a tester of another pilot, a withdrawn
 * tester), answered with 403.
 */
public class Forbidden extends Conflict {

    public Forbidden(String field, String message) {
        super(field, message);
    }
}
