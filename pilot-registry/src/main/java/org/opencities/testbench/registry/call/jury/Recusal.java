package org.opencities.testbench.registry.call.jury;

import java.time.Instant;

import org.opencities.testbench.registry.call.application.ApplicationId;

/** A juror's declaration of a conflict of interest with an application: the juror takes no part in judging it. */
public record Recusal(ApplicationId application, String juror, String reason, Instant at) {
}
