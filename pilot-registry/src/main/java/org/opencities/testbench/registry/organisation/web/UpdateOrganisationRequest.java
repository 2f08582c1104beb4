package org.opencities.testbench.registry.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation's new details, replacing the stored ones. */
record UpdateOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FI") String country,
        @NotBlank @Size(max = 20) String vatId,
        @NotBlank @Email @Size(max = 254) String contactEmail) {
}
