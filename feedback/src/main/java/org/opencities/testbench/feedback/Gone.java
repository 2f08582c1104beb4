package org.opencities.testbench.feedback;

/** Base of refusals because something is over for good (a closed campaign), answered with 410. */
public class Gone extends Conflict {

    public Gone(String field, String message) {
        super(field, message);
    }
}
