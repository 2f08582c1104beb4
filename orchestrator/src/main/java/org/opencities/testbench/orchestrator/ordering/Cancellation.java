package org.opencities.testbench.orchestrator.ordering;

import java.time.Instant;

/** A client's request to cancel an order (TMF641 CancelServiceOrder). */
public record Cancellation(String id, String orderId, String reason, Instant requestedDate) {
}
