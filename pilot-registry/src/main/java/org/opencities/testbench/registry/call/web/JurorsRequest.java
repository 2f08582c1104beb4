package org.opencities.testbench.registry.call.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The user names of the lab managers who judge the call, replacing those named before. */
record JurorsRequest(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> jurors) {
}
