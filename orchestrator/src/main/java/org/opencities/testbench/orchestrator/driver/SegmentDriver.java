package org.opencities.testbench.orchestrator.driver;

import java.util.concurrent.CompletionStage;

import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.inventory.SegmentId;

/**
 * Configures services on PON segments: the simulated OLT model, a Linux tc shaper or, one day, a
 * VOLTHA or NETCONF controller. Both operations are idempotent, so a resumed saga may repeat them.
 * <p>
 * Both return at once and answer when the segment has done it, or fail with a {@link DriverFailure}.
 * The saga waits for the answer at most its step's timeout and then gives up on it; a driver
 * whose calls block gives them threads of its own, so that the saga's thread never waits in them.
 */
public interface SegmentDriver {

    /** Puts the service's T-CONTs and shaping on the segment; configuring it again changes nothing. */
    CompletionStage<Void> configure(SegmentId segment, String serviceId, Demand demand);

    /** Takes the service off the segment; removing what is not there changes nothing. */
    CompletionStage<Void> remove(SegmentId segment, String serviceId);
}
