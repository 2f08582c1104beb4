package org.opencities.testbench.registry.invitation.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Asks for {@code count} single-use invitation links that expire at {@code expiresAt} and open the
 * enrolment page in {@code language}.
 */
record IssueInvitationsRequest(@Min(1) @Max(500) int count, @NotNull Instant expiresAt,
        @NotNull @Pattern(regexp = "en|fi|sv|de|nl|fr|it|es|ca|pl") String language) {
}
