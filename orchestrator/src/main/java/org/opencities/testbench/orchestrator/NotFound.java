package org.opencities.testbench.orchestrator;

/** Something the caller named does not exist: answered 404. */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
