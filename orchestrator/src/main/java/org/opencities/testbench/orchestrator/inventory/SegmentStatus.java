package org.opencities.testbench.orchestrator.inventory;

/** Operational status of a PON segment; only segments in service take new services. */
public enum SegmentStatus {
    IN_SERVICE, DEGRADED, MAINTENANCE
}
