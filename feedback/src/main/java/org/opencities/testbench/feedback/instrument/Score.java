package org.opencities.testbench.feedback.instrument;

/** The result of scoring answers by one of the instruments; one record per instrument. */
public sealed interface Score permits SusScore, UeqsScore, NpsScore, MosScore {
}
