package org.opencities.testbench.registry.enrolment;

import org.opencities.testbench.registry.Unprocessable;

/** An enrolment that breaks a rule of the pilot or of consent: the field names what to change. */
public class InvalidEnrolment extends Unprocessable {

    public InvalidEnrolment(String field, String message) {
        super(field, message);
    }
}
