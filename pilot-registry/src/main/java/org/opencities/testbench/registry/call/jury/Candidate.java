package org.opencities.testbench.registry.call.jury;

import java.time.Instant;

import org.opencities.testbench.registry.call.application.ApplicationId;

/** An application competing in a ranking: its id and when it was submitted (for breaking ties). */
public record Candidate(ApplicationId id, Instant submittedAt) {
}
