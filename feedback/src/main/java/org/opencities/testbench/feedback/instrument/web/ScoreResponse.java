package org.opencities.testbench.feedback.instrument.web;

import org.opencities.testbench.feedback.instrument.Score;

/** The score of the answers sent, with the instrument's code and how many answers it scored. */
record ScoreResponse(String instrument, int answers, Score score) {
}
