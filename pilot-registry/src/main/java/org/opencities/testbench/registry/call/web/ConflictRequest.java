package org.opencities.testbench.registry.call.web;

import jakarta.validation.constraints.Size;

/** A juror's declaration of a conflict of interest with an application, with an optional reason. */
record ConflictRequest(@Size(max = 1000) String reason) {
}
