package org.opencities.testbench.orchestrator.probing.messaging;

import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.provisioning.ServiceActivated;
import org.opencities.testbench.orchestrator.provisioning.ServiceTerminated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Measures every active service: when a service becomes active its repeating STAMP task is
 * scheduled, when it is terminated the task is canceled. Listens inside the transaction that
 * activates or terminates the service, so the assignment and the service's new state commit
 * together (the assignment through the outbox).
 */
@Component
@ConditionalOnBooleanProperty(name = "testbench.orchestrator.probing.enabled", matchIfMissing = true)
class ServiceProbing {

    private static final Logger log = LoggerFactory.getLogger(ServiceProbing.class);

    private final ProbeAssignments assignments;
    private final Segments segments;

    ServiceProbing(ProbeAssignments assignments, Segments segments) {
        this.assignments = assignments;
        this.segments = segments;
    }

    @EventListener
    void on(ServiceActivated activated) {
        var segment = segments.find(new SegmentId(activated.segmentId()));
        if (segment.isEmpty()) {
            log.warn("Service {} is active on segment {}, which the inventory does not know; it is not measured",
                    activated.serviceId(), activated.segmentId());
            return;
        }
        assignments.schedule(ProbeAssignments.ofService(activated.serviceId()), activated.serviceId(), segment.get());
    }

    @EventListener
    void on(ServiceTerminated terminated) {
        assignments.cancel(ProbeAssignments.ofService(terminated.serviceId()), terminated.serviceId(),
                terminated.segmentId(), "service terminated");
    }
}
