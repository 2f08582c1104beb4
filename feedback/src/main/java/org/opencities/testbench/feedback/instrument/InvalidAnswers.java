package org.opencities.testbench.feedback.instrument;

/**
 * Thrown when answers cannot be scored by an instrument: too few or too many of them, or one
 * missing or off the instrument's scale. The message names the item and the allowed range.
 */
public class InvalidAnswers extends RuntimeException {

    private final Instrument instrument;

    InvalidAnswers(Instrument instrument, String message) {
        super(message);
        this.instrument = instrument;
    }

    public Instrument instrument() {
        return instrument;
    }
}
