package org.opencities.testbench.feedback;

/** Base of the module's "no such thing" exceptions, which the web layer answers with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
