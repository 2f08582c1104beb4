package org.opencities.testbench.feedback.rights.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

/** How long a campaign keeps raw free-text answers after each submission, e.g. {@code P90D}. */
record RetentionRequest(@NotNull Duration freeTextRetention) {
}
