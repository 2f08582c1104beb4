package org.opencities.testbench.feedback.instrument.web;

import java.util.Locale;

import org.opencities.testbench.feedback.instrument.Instrument;

/**
 * An instrument as the REST API shows it.
 *
 * @param answers {@code one-per-item} (one respondent's answers to every item) or
 *     {@code one-per-respondent} (one answer to the single question from each respondent)
 */
record InstrumentResponse(String code, String name, int items, int scaleMin, int scaleMax, String answers) {

    static InstrumentResponse of(Instrument instrument) {
        return new InstrumentResponse(instrument.code(), instrument.title(), instrument.itemCount(),
                instrument.scaleMin(), instrument.scaleMax(),
                instrument.answers().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
