package org.opencities.testbench.registry.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address of an account whose confirmation link expired or got lost. */
record ResendRequest(
        @NotBlank(message = "{accounts.invalid.required}") @Email(message = "{accounts.invalid.email}") @Size(max = 254, message = "{accounts.invalid.tooLong}") String email) {
}
