package org.opencities.testbench.feedback.response;

/**
 * A response has just been stored, with its answers: for what the module keeps beside it in the same
 * transaction (its report sheet). In-process only: answers never leave the module, and other modules
 * learn of the response from {@link ResponseSubmitted}.
 */
public record ResponseStored(Response response) {
}
