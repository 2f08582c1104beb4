package org.opencities.testbench.orchestrator.serviceinventory;

import java.time.Instant;

import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.inventory.SegmentId;

/**
 * A service of the inventory: what one order item provisions on one segment.
 *
 * @param segment where it is placed; {@code null} until capacity is reserved
 * @param startDate when it became active; {@code null} before
 * @param endDate when it was terminated; {@code null} before
 */
public record Service(String id, String orderId, String itemId, String pilotId, String city, SegmentId segment,
        ServiceState state, Demand demand, Instant startDate, Instant endDate) {
}
