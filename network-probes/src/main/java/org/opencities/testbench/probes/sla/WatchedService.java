package org.opencities.testbench.probes.sla;

/** An active service with the acceptance criteria of its pilot. */
public record WatchedService(String serviceId, String pilotId, String segmentId, AcceptanceCriteria criteria) {
}
