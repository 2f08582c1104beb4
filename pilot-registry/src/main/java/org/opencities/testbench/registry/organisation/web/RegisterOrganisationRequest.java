package org.opencities.testbench.registry.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new organisation; its id becomes part of its URL and cannot change later. */
record RegisterOrganisationRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a lower-case slug of 2 to 40 characters") String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FI") String country,
        @NotBlank @Size(max = 20) String vatId,
        @NotBlank @Email @Size(max = 254) String contactEmail) {
}
