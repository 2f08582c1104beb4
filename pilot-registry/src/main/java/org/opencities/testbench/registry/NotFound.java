package org.opencities.testbench.registry;

/** Something the caller named does not exist, or is not theirs to see: answered 404. */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
