package org.opencities.testbench.registry.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a confirmation mail. */
record ConfirmRequest(@NotBlank(message = "{accounts.invalid.required}") @Size(max = 100, message = "{accounts.invalid.tooLong}") String token) {
}
