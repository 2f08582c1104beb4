package org.opencities.testbench.registry.call.web;

import jakarta.validation.constraints.NotBlank;

/** Asks to move a call to the state named by {@code to}, e.g. {@code OPEN}. */
record CallTransitionRequest(@NotBlank String to) {
}
