package org.opencities.testbench.registry.call.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The applications a call's manager awards pilots to. */
record AwardRequest(@NotNull @Size(max = 100) List<@NotNull String> applicationIds) {
}
