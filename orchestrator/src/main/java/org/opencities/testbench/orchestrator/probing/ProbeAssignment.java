package org.opencities.testbench.orchestrator.probing;

import java.util.UUID;

/**
 * A command to the probe agents. Publishing one inside a transaction writes it to the orchestrator's
 * outbox ({@code probing.messaging}), whose relay sends it to the assignments queue once the transaction has committed.
 * It is no {@code OrchestratorEvent}: it goes to a queue, not to the service events.
 */
public interface ProbeAssignment {

    UUID eventId();

    /** CloudEvents {@code type}: {@code measure.schedule} or {@code measure.cancel}. */
    String type();

    /** CloudEvents {@code subject}: the service measured, or the segment for a segment-wide task. */
    String subject();

    /** The segment measured; travels also as the JMS property agents select on. */
    String segmentId();
}
