package org.opencities.testbench.orchestrator.driver;

import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.inventory.SegmentId;

/**
 * Configures services on PON segments: the simulated OLT model, a Linux tc shaper or, one day, a
 * VOLTHA or NETCONF controller. Both operations are idempotent, so a resumed saga may repeat them.
 */
public interface SegmentDriver {

    /** Puts the service's T-CONTs and shaping on the segment; configuring it again changes nothing. */
    void configure(SegmentId segment, String serviceId, Demand demand) throws DriverFailure;

    /** Takes the service off the segment; removing what is not there changes nothing. */
    void remove(SegmentId segment, String serviceId) throws DriverFailure;
}
