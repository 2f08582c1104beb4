package org.opencities.testbench.feedback.instrument;

/** Thrown when a code names none of the standard instruments. */
public class UnknownInstrument extends RuntimeException {

    public UnknownInstrument(String code) {
        super("No instrument with code '" + code + "'; list the instruments at /api/v1/instruments");
    }
}
