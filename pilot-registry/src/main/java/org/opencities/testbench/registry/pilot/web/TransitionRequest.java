package org.opencities.testbench.registry.pilot.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks to move a pilot to the state named by {@code to}, e.g. {@code ACCEPTED}. */
record TransitionRequest(@NotBlank String to, @Size(max = 1000) String reason) {
}
